namespace NetralBot.Bot.Broadcasts;

/// <summary>Who a broadcast goes to.</summary>
internal enum BroadcastTargetKind
{
    /// <summary>All active subscribers.</summary>
    All,

    /// <summary>Active subscribers whose latest pledge names one agency.</summary>
    Instansi,

    /// <summary>Active subscribers without a pledge for the current election (<c>Pledge:ElectionId</c>).</summary>
    NotPledged,
}
