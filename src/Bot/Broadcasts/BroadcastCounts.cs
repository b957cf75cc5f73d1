namespace NetralBot.Bot.Broadcasts;

/// <summary>Delivery counts of one broadcast job.</summary>
/// <param name="Pending">Not yet sent.</param>
/// <param name="Sent">Delivered.</param>
/// <param name="Failed">Failed.</param>
/// <param name="Blocked">Blocked the bot.</param>
public sealed record BroadcastCounts(long Pending, long Sent, long Failed, long Blocked)
{
    /// <summary>All recipients.</summary>
    public long Total => Pending + Sent + Failed + Blocked;
}
