namespace NetralBot.Knowledge.Calendar;

/// <summary>
/// Derives the reminder plan of an election: 7 days before the campaign starts (<c>kampanye-h-7</c>), the first
/// campaign day (<c>kampanye-mulai</c>), the first quiet-period day (<c>masa-tenang</c>) and the day before voting
/// (<c>h-1-pemungutan</c>), each sent at the same local hour in the recipient's zone.
/// </summary>
public sealed class ReminderPlanner
{
    private readonly IReadOnlyList<ReminderTemplate> _templates;

    /// <summary>Creates a planner using the calendar's reminder texts.</summary>
    /// <param name="calendar">The parsed calendar.</param>
    /// <param name="localSendTime">The local time reminders are sent at in each zone, e.g. 07:00.</param>
    public ReminderPlanner(ElectionCalendar calendar, TimeOnly localSendTime)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        _templates = calendar.ReminderTemplates;
        LocalSendTime = localSendTime;
    }

    /// <summary>The local time reminders are sent at.</summary>
    public TimeOnly LocalSendTime { get; }

    /// <summary>Plans the reminders of <paramref name="election"/> for recipients in <paramref name="zone"/>.</summary>
    public ReminderPlan Plan(Election election, IndonesianTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(election);
        var reminders = new List<PlannedReminder>();
        var skipped = new List<SkippedReminder>();
        foreach (var kind in ReminderKinds.All)
        {
            var (date, missingPhase) = DateOf(election, kind);
            if (date is null)
            {
                skipped.Add(new SkippedReminder(kind, $"tahapan \"{missingPhase!.Value.DisplayName()}\" {election.Name} belum punya tanggal"));
                continue;
            }

            var template = _templates.FirstOrDefault(t => t.Kind == kind);
            if (template is null)
            {
                skipped.Add(new SkippedReminder(kind, $"teks pengingat \"{kind}\" tidak ada"));
                continue;
            }

            if (!template.TryRender(election, out var text, out var missing))
            {
                skipped.Add(new SkippedReminder(kind, $"teks pengingat \"{kind}\" memakai {{{missing}}}, tetapi tanggalnya belum ada untuk {election.Name}"));
                continue;
            }

            var sendAt = zone.At(date.Value, LocalSendTime).ToUniversalTime();
            reminders.Add(new PlannedReminder(election.Id, kind, zone, date.Value, LocalSendTime, sendAt, text));
        }

        return new ReminderPlan(election.Id, zone, reminders, skipped);
    }

    private static (DateOnly? Date, ElectionPhaseKind? MissingPhase) DateOf(Election election, string kind)
    {
        var campaign = election.Phase(ElectionPhaseKind.Kampanye).Start;
        var quiet = election.Phase(ElectionPhaseKind.MasaTenang).Start;
        var voting = election.VotingDate;
        return kind switch
        {
            ReminderKinds.KampanyeH7 => (campaign?.AddDays(-7), ElectionPhaseKind.Kampanye),
            ReminderKinds.KampanyeMulai => (campaign, ElectionPhaseKind.Kampanye),
            ReminderKinds.MasaTenang => (quiet, ElectionPhaseKind.MasaTenang),
            ReminderKinds.H1Pemungutan => (voting?.AddDays(-1), ElectionPhaseKind.PemungutanSuara),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown reminder kind."),
        };
    }
}
