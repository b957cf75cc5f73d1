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
}
