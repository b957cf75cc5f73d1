using Microsoft.Extensions.Logging;
using NetralBot.Bot.Common;

namespace NetralBot.Bot.Feedback;

/// <summary>
/// Deletes question-log rows (logged questions and votes alike: both hold a user's hash and what they asked) older
/// than <see cref="FeedbackOptions.QuestionLogRetentionDays"/>, and shown answers older than
/// <see cref="FeedbackOptions.ShownAnswerRetention"/>; at start and then every <see cref="Interval"/>. In one
/// process at a time when instances share a PostgreSQL database (lease <see cref="LeaseName"/>).
/// </summary>
internal sealed class QuestionLogRetentionService(
    IFeedbackStore store, FeedbackOptions options, IBackgroundLease leases, TimeProvider time, ILogger<QuestionLogRetentionService> logger)
    : LeasedPeriodicJob(LeaseName, "Question log retention", Interval, TimeSpan.FromMinutes(30), leases, time, logger)
{
    /// <summary>The lease the deleting process holds.</summary>
    public const string LeaseName = "question-log-retention";

    /// <summary>How often expired rows are looked for.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    /// <summary>Deletes what has expired at <paramref name="now"/>; returns how many rows.</summary>
    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        store.DeleteExpiredAsync(now - TimeSpan.FromDays(options.QuestionLogRetentionDays), now - FeedbackOptions.ShownAnswerRetention, cancellationToken);

    /// <inheritdoc />
    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var deleted = await DeleteExpiredAsync(Time.GetUtcNow(), cancellationToken);
        logger.LogInformation("Question log retention: {Count} expired rows deleted", deleted);
    }
}
