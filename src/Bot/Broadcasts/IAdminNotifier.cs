using NetralBot.Bot.Common;

namespace NetralBot.Bot.Broadcasts;

/// <summary>
/// Sends a short text to an admin on one channel: the delivery engine's final report goes to the admin who queued
/// the job, found by the job's <see cref="BroadcastJob.CreatedBy"/> (<c>&lt;channel&gt;:&lt;user id&gt;</c>). Lives
/// behind a port so that Broadcasts does not depend on any channel; a job queued from the CLI gets no report.
/// </summary>
internal interface IAdminNotifier
{
    /// <summary>The channel whose actors this notifier reaches, e.g. <see cref="Channel.Telegram"/> for <c>telegram:12345</c>.</summary>
    Channel Channel { get; }

    /// <summary>Sends <paramref name="text"/> (plain; the adapter escapes it) to the admin <paramref name="userId"/>.</summary>
    Task NotifyAsync(string userId, string text, CancellationToken cancellationToken);
}
