namespace NetralBot.Knowledge.Calendar;

/// <summary>
/// One phase of an election. Dates are local calendar dates, inclusive: the phase runs from 00:00 on
/// <see cref="Start"/> to 23:59:59 on <see cref="End"/> in each region's own zone.
/// A phase whose dates are not in the official reference is kept with null dates (<see cref="IsKnown"/> false).
/// </summary>
/// <param name="Kind">Which phase.</param>
/// <param name="Start">First day, or null when not known.</param>
/// <param name="End">Last day (equal to <paramref name="Start"/> for one-day phases), or null when not known.</param>
/// <param name="Note">A remark from the file, e.g. why the dates are absent.</param>
public sealed record ElectionPhase(ElectionPhaseKind Kind, DateOnly? Start, DateOnly? End, string? Note)
{
    /// <summary>True when the phase has dates.</summary>
    public bool IsKnown => Start is not null && End is not null;
}
