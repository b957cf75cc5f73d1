namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>
/// The durable queue between the webhook and the conversation: the webhook adds a payload and answers 200 once it is
/// committed; <see cref="WhatsAppInboxService"/> completes it after processing. A restart in between loses nothing.
/// </summary>
internal interface IWhatsAppInbox
{
    /// <summary>Payloads that failed this many times are left in the table for inspection and no longer taken.</summary>
    public const int MaxAttempts = 5;

    /// <summary>Stores one payload durably; returns its id.</summary>
    Task<long> AddAsync(byte[] payload, DateTimeOffset receivedAt, CancellationToken cancellationToken = default);

    /// <summary>The oldest payloads not yet processed and below <see cref="MaxAttempts"/>, oldest first.</summary>
    Task<IReadOnlyList<WhatsAppInboxItem>> PendingAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Removes a processed payload.</summary>
    Task CompleteAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Counts a failed attempt; the payload is taken again later until <see cref="MaxAttempts"/>.</summary>
    Task FailAsync(long id, string error, CancellationToken cancellationToken = default);
}
