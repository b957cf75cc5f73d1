namespace NetralBot.Bot.Admin;

/// <summary>Where an admin is in composing a broadcast.</summary>
internal enum AdminBroadcastStep
{
    /// <summary>Waiting for the target (super admins only).</summary>
    Target,

    /// <summary>Waiting for the message text.</summary>
    Text,

    /// <summary>Preview shown; waiting for "KIRIM".</summary>
    Confirm,
}
