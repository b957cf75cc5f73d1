using NetralBot.Bot.Access;
using NetralBot.Bot.Common;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Broadcasts;

/// <summary>
/// Turns the reminder plan of an election (from <c>content/kalender.md</c>) into broadcast jobs for later. Without a
/// zone, each upcoming reminder is queued once per zone (WIB, WITA, WIT) at the local hour there, for the subscribers
/// who set that zone with <c>/zona</c> (WIB also for those who set none), so everyone gets it at their own local hour.
/// With a zone, one job per reminder reaches everyone at the local hour of that zone. Super admins reach everyone; an
/// instansi admin's reminders go to their agency only. A reminder already queued for the same recipients is not queued twice (see <see cref="Covers"/>).
/// </summary>
internal sealed class ReminderScheduler(BroadcastQueue queue, IBroadcastStore store, ContentFolder content, TimeProvider time)
{
    /// <summary>The calendar file inside the content folder.</summary>
    public const string CalendarFileName = "kalender.md";

    /// <summary>Reads and parses the calendar; throws <see cref="ElectionCalendarFormatException"/> or <see cref="IOException"/>.</summary>
    public ElectionCalendar LoadCalendar() =>
        ElectionCalendarParser.Parse(File.ReadAllText(Path.Combine(content.Path, CalendarFileName)), CalendarFileName);

    /// <summary>Queues the upcoming reminders of <paramref name="electionId"/>.</summary>
    /// <param name="actor">Who, e.g. <c>telegram:12345</c> or <c>cli</c>.</param>
    /// <param name="role">The actor's role; an instansi admin's reminders go to their agency only.</param>
    /// <param name="electionId">The election's id in the calendar.</param>
    /// <param name="zone">One zone for everyone; null for one job per zone, each for the subscribers of that zone.</param>
    /// <param name="localSendTime">The local hour, e.g. 07:00.</param>
    /// <param name="force">Queue even a sample election or one whose schedule is not yet set.</param>
    /// <param name="overrideHint">How the caller's user overrides a refusal, named in its message (e.g. "--force").</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>
    /// The queued jobs with their reminders (whose <see cref="PlannedReminder.Zone"/> is the zone of the send time) in
    /// date order, west to east on the same date; empty when all were past or already queued.
    /// </returns>
    /// <exception cref="KeyNotFoundException">The election is not in the calendar.</exception>
    /// <exception cref="ElectionNotSchedulableException">The election is a sample or not yet set, and <paramref name="force"/> is false.</exception>
    public async Task<IReadOnlyList<(long JobId, PlannedReminder Reminder)>> ScheduleAsync(
        string actor, AdminRole role, string electionId, IndonesianTimeZone? zone, TimeOnly localSendTime, bool force = false, string overrideHint = "--force", CancellationToken cancellationToken = default)
    {
        var calendar = LoadCalendar();
        var election = calendar.Find(electionId) ?? throw new KeyNotFoundException($"Pemilihan \"{electionId}\" tidak ada di {CalendarFileName}.");
        if (!force && (election.IsSample || !election.IsDetermined))
        {
            throw new ElectionNotSchedulableException(election, overrideHint);
        }

        var planner = new ReminderPlanner(calendar, localSendTime);
        var target = role.Kind == AdminRoleKind.Super ? BroadcastTarget.All : BroadcastTarget.ForAgency(role.Agency!);
        // All three zones, not only those the calendar lists for the election: a subscriber's zone is where they work,
        // and a ministry in Jakarta has staff in Papua whatever region the election names.
        var now = time.GetUtcNow();
        var reminders = (zone is { } single
                ? planner.Plan(election, single).Upcoming(now).Select(r => (Reminder: r, Target: target))
                : IndonesianTimeZones.All.SelectMany(z => planner.Plan(election, z).Upcoming(now).Select(r => (Reminder: r, Target: target.InZone(z)))))
            .OrderBy(r => r.Reminder.LocalDate)
            .ThenBy(r => ReminderKinds.All.ToList().IndexOf(r.Reminder.Kind))
            .ThenBy(r => r.Reminder.Zone)
            .ToList();
        var queued = await store.ListQueuedAsync(cancellationToken);
        var jobs = new List<(long, PlannedReminder)>();
        foreach (var (reminder, recipients) in reminders)
        {
            if (queued.Any(job => Covers(job, reminder, recipients)))
            {
                continue;
            }

            var (jobId, _) = await queue.QueueAsync(actor, role, reminder.Text, recipients, reminder.SendAt, reminder.Kind, cancellationToken);
            jobs.Add((jobId, reminder));
        }

        return jobs;
    }

    /// <summary>
    /// True when a queued job already brings <paramref name="reminder"/> to <paramref name="recipients"/>: same text and
    /// the same audience (everyone, or one agency), and either the same zone at the same time, or a job for every zone
    /// of the audience on the same day (a plan queued with one zone for everyone). An agency's plan never stands in for
    /// the plan for everyone, and a plan for one zone never for the others.
    /// </summary>
    private static bool Covers(BroadcastJob job, PlannedReminder reminder, BroadcastTarget recipients)
    {
        if (job.Text != reminder.Text.Trim() || job.Target with { Zone = null } != recipients with { Zone = null })
        {
            return false;
        }

        var sendAt = reminder.SendAt.ToUniversalTime();
        if (job.Target.Zone is null)
        {
            // The zones' 07:00 lie at most two hours apart; half a day keeps other dates' reminders with the same text apart.
            return (job.ScheduledAt - sendAt).Duration() < TimeSpan.FromHours(12);
        }

        return job.ScheduledAt == sendAt && (recipients.Zone is null || recipients.Zone == job.Target.Zone);
    }
}
