namespace NetralBot.Knowledge.Calendar;

/// <summary>The reminders of one election for the recipients of one zone.</summary>
/// <param name="ElectionId">The election.</param>
/// <param name="Zone">The recipients' zone.</param>
/// <param name="Reminders">Planned reminders in sending order.</param>
/// <param name="Skipped">Kinds that could not be planned, with the reason.</param>
public sealed record ReminderPlan(
    string ElectionId,
    IndonesianTimeZone Zone,
    IReadOnlyList<PlannedReminder> Reminders,
    IReadOnlyList<SkippedReminder> Skipped)
{
    /// <summary>The reminders still to send after <paramref name="now"/>.</summary>
    public IReadOnlyList<PlannedReminder> Upcoming(DateTimeOffset now) => Reminders.Where(r => r.SendAt > now).ToList();
}
