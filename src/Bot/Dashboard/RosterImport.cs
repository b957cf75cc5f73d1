namespace NetralBot.Bot.Dashboard;

/// <summary>A read roster file: the rows that are fine and every problem, shown to the admin before anything is stored.</summary>
/// <param name="Employees">Valid rows.</param>
/// <param name="Errors">Problems per line; the file is stored only when there is none.</param>
internal sealed record RosterImport(IReadOnlyList<RosterEmployee> Employees, IReadOnlyList<RosterLineError> Errors)
{
    /// <summary>True when the file may be stored.</summary>
    public bool IsValid => Errors.Count == 0 && Employees.Count > 0;
}
