namespace NetralBot.Bot.Broadcasts;

/// <summary>The kinds of <see cref="DeliveryOutcome"/>.</summary>
internal enum DeliveryOutcomeKind
{
    /// <summary>Accepted by the platform.</summary>
    Sent,

    /// <summary>The recipient blocked the bot.</summary>
    Blocked,

    /// <summary>Refused for good.</summary>
    Failed,

    /// <summary>Outside the customer-service window and no template to send.</summary>
    OutsideWindow,

    /// <summary>Flood limit; wait and retry.</summary>
    RateLimited,

    /// <summary>Temporary failure; back off and retry.</summary>
    Transient,
}
