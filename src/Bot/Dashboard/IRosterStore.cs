namespace NetralBot.Bot.Dashboard;

/// <summary>
/// The employees who should pledge, per agency, and the pledges matched to them by NIP. Every query takes the agency it
/// is limited to, so an instansi admin's pages cannot read another agency's rows.
/// </summary>
internal interface IRosterStore
{
    /// <summary>Replaces <paramref name="agency"/>'s roster with <paramref name="employees"/> in one transaction.</summary>
    Task ReplaceAsync(string agency, IReadOnlyList<RosterEmployee> employees, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Per agency (only <paramref name="agency"/> when set): employees and those who pledged for <paramref name="electionId"/>.</summary>
    Task<IReadOnlyList<Coverage>> AgencyCoverageAsync(string electionId, string? agency, CancellationToken cancellationToken = default);

    /// <summary>Per work unit of <paramref name="agency"/>.</summary>
    Task<IReadOnlyList<Coverage>> UnitCoverageAsync(string electionId, string agency, CancellationToken cancellationToken = default);

    /// <summary>Employees of <paramref name="agency"/> (of one unit when <paramref name="unit"/> is set) without a pledge, by unit and name.</summary>
    Task<IReadOnlyList<RosterEmployee>> NotPledgedAsync(string electionId, string agency, string? unit, CancellationToken cancellationToken = default);
}
