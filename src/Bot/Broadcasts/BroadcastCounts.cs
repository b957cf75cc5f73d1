namespace NetralBot.Bot.Broadcasts;

/// <summary>Delivery counts of one broadcast job.</summary>
/// <param name="Pending">Not yet sent.</param>
/// <param name="Sent">Delivered.</param>
/// <param name="Failed">Failed.</param>
/// <param name="Blocked">Blocked the bot.</param>
/// <param name="OutsideWindow">Not sent: the channel allowed only a template and none was configured (WhatsApp).</param>
internal sealed record BroadcastCounts(long Pending, long Sent, long Failed, long Blocked, long OutsideWindow = 0)
{
    /// <summary>All recipients.</summary>
    public long Total => Pending + Sent + Failed + Blocked + OutsideWindow;

    /// <summary>Recipients whose row has an outcome (everything but pending).</summary>
    public long Processed => Total - Pending;
}
