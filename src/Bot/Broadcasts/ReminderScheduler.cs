using NetralBot.Bot.Admin;
using NetralBot.Bot.Hosting;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Broadcasts;

/// <summary>
/// Turns the reminder plan of an election (from <c>content/kalender.md</c>) into broadcast jobs for later: one per
/// upcoming reminder, at the configured local hour in one zone. Super admins reach everyone; an instansi admin's
/// reminders go to their agency only. A reminder already queued (same time and text) is not queued twice.
/// </summary>
public sealed class ReminderScheduler(BroadcastQueue queue, IBroadcastStore store, ContentFolder content, TimeProvider time)
{
    /// <summary>The calendar file inside the content folder.</summary>
    public const string CalendarFileName = "kalender.md";

    /// <summary>Reads and parses the calendar; throws <see cref="ElectionCalendarFormatException"/> or <see cref="IOException"/>.</summary>
    public ElectionCalendar LoadCalendar() =>
        ElectionCalendarParser.Parse(File.ReadAllText(Path.Combine(content.Path, CalendarFileName)), CalendarFileName);

    /// <summary>Queues the upcoming reminders of <paramref name="electionId"/>.</summary>
    /// <returns>The queued jobs with their reminders; empty when all were past or already queued.</returns>
    /// <exception cref="KeyNotFoundException">The election is not in the calendar.</exception>
    public async Task<IReadOnlyList<(long JobId, PlannedReminder Reminder)>> ScheduleAsync(
        string actor, AdminRole role, string electionId, IndonesianTimeZone zone, TimeOnly localSendTime, CancellationToken cancellationToken = default)
    {
        var calendar = LoadCalendar();
        var election = calendar.Find(electionId) ?? throw new KeyNotFoundException($"Pemilihan \"{electionId}\" tidak ada di {CalendarFileName}.");
        var plan = new ReminderPlanner(calendar, localSendTime).Plan(election, zone);
        var target = role.Kind == AdminRoleKind.Super ? BroadcastTarget.All : BroadcastTarget.ForAgency(role.Agency!);
        var queued = (await store.ListQueuedAsync(cancellationToken)).Select(j => (j.ScheduledAt, j.Text)).ToHashSet();
        var jobs = new List<(long, PlannedReminder)>();
        foreach (var reminder in plan.Upcoming(time.GetUtcNow()))
        {
            if (queued.Contains((reminder.SendAt.ToUniversalTime(), reminder.Text.Trim())))
            {
                continue;
            }

            var (jobId, _) = await queue.QueueAsync(actor, role, reminder.Text, target, reminder.SendAt, reminder.Kind, cancellationToken);
            jobs.Add((jobId, reminder));
        }

        return jobs;
    }
}
