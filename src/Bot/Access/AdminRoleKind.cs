namespace NetralBot.Bot.Access;

/// <summary>What an admin may reach.</summary>
internal enum AdminRoleKind
{
    /// <summary>Everything: all subscribers, all agencies.</summary>
    Super,

    /// <summary>Only the subscribers and pledges of one agency.</summary>
    Instansi,
}
