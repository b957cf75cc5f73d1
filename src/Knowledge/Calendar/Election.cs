namespace NetralBot.Knowledge.Calendar;

/// <summary>An election from the calendar file, with its phases and regions.</summary>
/// <param name="Id">Stable id, e.g. "pemilu-2024".</param>
/// <param name="Name">Display name, e.g. "Pemilu 2024".</param>
/// <param name="IsSample">True for sample data that is not an official schedule.</param>
/// <param name="DefaultZone">The zone of regions not listed, and of the election when no region is listed.</param>
/// <param name="Source">Where the dates come from, for admins.</param>
/// <param name="Phases">All four phases in chronological order; unknown ones have no dates.</param>
/// <param name="Regions">Regions with their zones; empty when the election names none.</param>
public sealed record Election(
    string Id,
    string Name,
    bool IsSample,
    IndonesianTimeZone DefaultZone,
    string? Source,
    IReadOnlyList<ElectionPhase> Phases,
    IReadOnlyList<ElectionRegion> Regions)
{
    /// <summary>
    /// False for an election whose schedule is not yet set by law or KPU (<c>- Status: belum ditetapkan</c>): it is
    /// listed with what is known, but reminders are not planned from it without an explicit override.
    /// </summary>
    public bool IsDetermined { get; init; } = true;

    /// <summary>What is known about the election (<c>- Catatan:</c>), e.g. what a court ruling decided; null when none.</summary>
    public string? Note { get; init; }

    /// <summary>The voting day, or null when not known.</summary>
    public DateOnly? VotingDate => Phase(ElectionPhaseKind.PemungutanSuara).Start;

    /// <summary>The zones reminders must be planned for: those of the regions, or the default zone when none is listed.</summary>
    public IReadOnlyList<IndonesianTimeZone> Zones =>
        Regions.Count == 0
            ? [DefaultZone]
            : IndonesianTimeZones.All.Where(z => Regions.Any(r => r.Zone == z)).ToList();

    /// <summary>The phase of the given kind (possibly without dates).</summary>
    public ElectionPhase Phase(ElectionPhaseKind kind) =>
        Phases.FirstOrDefault(p => p.Kind == kind) ?? new ElectionPhase(kind, null, null, null);
}
