using NetralBot.Bot.Common;

namespace NetralBot.Bot.Broadcasts;

/// <summary>Broadcast jobs and their per-recipient delivery rows.</summary>
internal interface IBroadcastStore
{
    /// <summary>How many recipients <paramref name="target"/> has now (active and not opted out).</summary>
    Task<long> CountRecipientsAsync(BroadcastTarget target, string electionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates the job and one pending row per recipient in one transaction. <paramref name="reminderKind"/> is the
    /// calendar reminder's kind (null for an ad-hoc broadcast), handed to the channel adapters with the text.
    /// </summary>
    /// <returns>The job id and the number of recipients.</returns>
    Task<(long JobId, long Recipients)> CreateAsync(
        string text, BroadcastTarget target, string electionId, string createdBy, DateTimeOffset createdAt, DateTimeOffset scheduledAt,
        string? reminderKind, CancellationToken cancellationToken = default);

    Task<BroadcastJob?> FindAsync(long jobId, CancellationToken cancellationToken = default);

    /// <summary>The oldest job that is running or queued and due at <paramref name="now"/>.</summary>
    Task<BroadcastJob?> NextDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Jobs waiting for their time, soonest first.</summary>
    Task<IReadOnlyList<BroadcastJob>> ListQueuedAsync(CancellationToken cancellationToken = default);

    /// <summary>Cancels a job that has not started; false when it is unknown or already running or done.</summary>
    Task<bool> CancelAsync(long jobId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks a job running (keeps the first start time). A job queued for later gets its recipient rows here, in the
    /// same transaction, so the list is taken once, when sending starts.
    /// </summary>
    Task MarkStartedAsync(long jobId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Pending rows of a job with id above <paramref name="afterId"/>, in id order.</summary>
    Task<IReadOnlyList<PendingDelivery>> PendingAsync(long jobId, long afterId, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the outcome of one row; <paramref name="platformMessageId"/> is the id of an accepted message in the form
    /// its channel stores it (see <see cref="DeliveryOutcome.MessageId"/>), kept for <see cref="RecordLateFailureAsync"/>.
    /// </summary>
    Task MarkDeliveryAsync(
        long deliveryId, DeliveryStatus status, string? error, DateTimeOffset at, string? platformMessageId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// A message the platform accepted was not delivered after all (WhatsApp's <c>failed</c> status callback): the
    /// <c>sent</c> row of <paramref name="channel"/> with <paramref name="platformMessageId"/> becomes
    /// <paramref name="status"/> with <paramref name="error"/>. Only a row that is still <c>sent</c> changes, so a
    /// redelivered callback changes nothing; a message that was no broadcast (a conversation reply) matches no row.
    /// </summary>
    /// <returns>True when a row changed.</returns>
    Task<bool> RecordLateFailureAsync(
        Channel channel, string platformMessageId, DeliveryStatus status, string error, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Counts a job's rows by status.</summary>
    Task<BroadcastCounts> CountsAsync(long jobId, CancellationToken cancellationToken = default);

    Task MarkDoneAsync(long jobId, DateTimeOffset at, CancellationToken cancellationToken = default);
}
