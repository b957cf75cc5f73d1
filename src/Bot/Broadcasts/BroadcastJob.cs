namespace NetralBot.Bot.Broadcasts;

/// <summary>A persisted broadcast.</summary>
/// <param name="Id">The job id printed to the admin.</param>
/// <param name="Text">The message text (plain; escaped per channel).</param>
/// <param name="Target">The recipients it was created for.</param>
/// <param name="CreatedBy">The actor, e.g. <c>telegram:12345</c> or <c>cli</c>.</param>
/// <param name="CreatedAt">When it was queued.</param>
/// <param name="ScheduledAt">Not sent before this instant.</param>
/// <param name="Status"><see cref="BroadcastJobStatus"/>.</param>
/// <param name="StartedAt">When the sender first picked it up.</param>
/// <param name="FinishedAt">When no pending row was left.</param>
/// <param name="ReminderKind">
/// The <see cref="NetralBot.Knowledge.Calendar.ReminderKinds"/> id of a calendar reminder; null for an ad-hoc broadcast.
/// </param>
internal sealed record BroadcastJob(
    long Id,
    string Text,
    BroadcastTarget Target,
    BroadcastCreator CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset ScheduledAt,
    BroadcastJobStatus Status,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? ReminderKind = null);
