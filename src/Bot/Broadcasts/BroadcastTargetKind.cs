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

    /// <summary>
    /// Active subscribers who are on one agency's roster (the dashboard's employee list) and have not pledged for the
    /// current election; a subscriber is known to be on the roster through an earlier pledge with that NIP.
    /// </summary>
    Roster,
}
