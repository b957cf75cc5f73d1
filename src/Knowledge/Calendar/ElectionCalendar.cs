namespace NetralBot.Knowledge.Calendar;

/// <summary>The parsed calendar file: elections and the reminder texts.</summary>
/// <param name="Elections">Elections in file order.</param>
/// <param name="ReminderTemplates">One template per <see cref="ReminderKinds"/> id.</param>
public sealed record ElectionCalendar(IReadOnlyList<Election> Elections, IReadOnlyList<ReminderTemplate> ReminderTemplates)
{
    /// <summary>The election with this id (case-insensitive), or null.</summary>
    public Election? Find(string id) =>
        Elections.FirstOrDefault(e => string.Equals(e.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The template of a reminder kind, or null when the kind is unknown.</summary>
    public ReminderTemplate? Template(string kind) => ReminderTemplates.FirstOrDefault(t => t.Kind == kind);

    /// <summary>
    /// The election "now" is about: the earliest one whose voting day has not yet ended anywhere in Indonesia
    /// (WIB ends last), else the most recent one. Elections without a voting date are ignored; sample
    /// elections only count when <paramref name="includeSamples"/> is true. Null when none qualifies.
    /// </summary>
    public Election? CurrentElection(DateTimeOffset now, bool includeSamples = false)
    {
        var dated = Elections
            .Where(e => e.VotingDate is not null && (includeSamples || !e.IsSample))
            .OrderBy(e => e.VotingDate!.Value)
            .ToList();
        var upcoming = dated.FirstOrDefault(e =>
            now < IndonesianTimeZone.Wib.At(e.VotingDate!.Value.AddDays(1), TimeOnly.MinValue));
        return upcoming ?? dated.LastOrDefault();
    }
}
