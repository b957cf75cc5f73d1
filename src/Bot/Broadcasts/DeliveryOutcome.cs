namespace NetralBot.Bot.Broadcasts;

/// <summary>What became of one send attempt, as the delivery engine needs to know it.</summary>
/// <param name="Kind">The outcome.</param>
/// <param name="Detail">The platform's error text, for the delivery row; null when sent.</param>
/// <param name="RetryAfter">For <see cref="DeliveryOutcomeKind.RateLimited"/>: how long the platform asked to wait.</param>
/// <param name="MessageId">
/// For <see cref="DeliveryOutcomeKind.Sent"/>: the id of the accepted message in the form the channel stores and matches
/// (for WhatsApp the digest of its <c>wamid</c>), stored on the row so that a later status callback saying it was not
/// delivered after all can correct the row; null when the platform reports nothing later.
/// </param>
internal sealed record DeliveryOutcome(DeliveryOutcomeKind Kind, string? Detail = null, TimeSpan? RetryAfter = null, string? MessageId = null)
{
    /// <summary>The platform accepted the message.</summary>
    public static DeliveryOutcome Sent { get; } = new(DeliveryOutcomeKind.Sent);

    /// <summary>The platform accepted the message as <paramref name="messageId"/>; its delivery may still fail later.</summary>
    public static DeliveryOutcome SentWithId(string messageId) => new(DeliveryOutcomeKind.Sent, MessageId: messageId);

    /// <summary>The recipient refuses messages (blocked the bot); the subscriber becomes inactive.</summary>
    public static DeliveryOutcome Blocked(string detail) => new(DeliveryOutcomeKind.Blocked, detail);

    /// <summary>A permanent refusal for this message (bad request, unknown chat); not retried.</summary>
    public static DeliveryOutcome Failed(string detail) => new(DeliveryOutcomeKind.Failed, detail);

    /// <summary>Only an approved template may be sent now and none is configured (WhatsApp's 24-hour window).</summary>
    public static DeliveryOutcome OutsideWindow(string detail) => new(DeliveryOutcomeKind.OutsideWindow, detail);

    /// <summary>The platform's flood limit: every worker of the channel waits <paramref name="wait"/>, then retries.</summary>
    public static DeliveryOutcome RateLimited(TimeSpan wait, string detail) => new(DeliveryOutcomeKind.RateLimited, detail, wait);

    /// <summary>A temporary failure (5xx, network): retried with exponential back-off.</summary>
    public static DeliveryOutcome Transient(string detail) => new(DeliveryOutcomeKind.Transient, detail);
}
