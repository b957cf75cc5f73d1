namespace NetralBot.Bot.Channels.Telegram;

/// <summary>
/// The durable queue between Telegram (webhook or polling) and the conversation. <see cref="AddAsync"/> returns once the
/// updates and their de-duplication marks are committed, so Telegram is acknowledged only for what survives a crash;
/// <see cref="TelegramInboxService"/> processes and completes them.
/// </summary>
internal interface ITelegramInbox
{
    /// <summary>An update that failed this many times is parked (kept for inspection, no longer taken).</summary>
    public const int MaxAttempts = 3;

    /// <summary>How many turns may run at once against this store (their CPU and database work; not their sending).</summary>
    int ParallelTurns { get; }

    /// <summary>
    /// Stores the updates whose <c>update_id</c> was not seen before, with their mark, in one commit that may be shared
    /// with concurrent callers (group commit). Returns how many were new.
    /// </summary>
    Task<int> AddAsync(IReadOnlyList<TelegramInboxEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>Unparked updates with a row id above <paramref name="afterId"/>, oldest first.</summary>
    Task<IReadOnlyList<TelegramInboxItem>> PendingAsync(long afterId, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a turn whose store writes may skip their own flush to disk: the next <see cref="CompleteAsync"/> of this
    /// flow makes them durable together with the completion. Dispose before sending replies.
    /// </summary>
    IDisposable BeginTurn();

    /// <summary>Removes a processed update; durable on return, together with the writes of its turn.</summary>
    Task CompleteAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Counts a failed attempt; at <see cref="MaxAttempts"/> the update is parked. Returns true when parked.</summary>
    Task<bool> FailAsync(long id, string error, CancellationToken cancellationToken = default);
}
