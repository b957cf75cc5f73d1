namespace NetralBot.Bot.Dashboard;

/// <summary>Pledges against the roster for one group (an agency or a work unit).</summary>
/// <param name="Name">The agency or unit.</param>
/// <param name="Employees">Employees on the roster.</param>
/// <param name="Pledged">Of them, those with a pledge for the election (matched by NIP).</param>
internal sealed record Coverage(string Name, long Employees, long Pledged)
{
    /// <summary>The share that pledged, 0–1; null for an empty group.</summary>
    public double? Rate => Employees == 0 ? null : (double)Pledged / Employees;
}
