namespace NetralBot.Bot.Broadcasts;

/// <summary>The state of one recipient's message in a broadcast.</summary>
internal enum DeliveryStatus
{
    /// <summary>Not yet sent (or sent without the API's answer before a crash: the window of doubt).</summary>
    Pending,

    /// <summary>The API answered ok.</summary>
    Sent,

    /// <summary>The API refused for another reason, or kept failing after the retries.</summary>
    Failed,

    /// <summary>The chat refused messages (403: blocked the bot); the subscriber is now inactive.</summary>
    Blocked,

    /// <summary>WhatsApp only: the recipient's 24-hour window was closed and no template is configured for the message.</summary>
    OutsideWindow,
}
