namespace NetralBot.Knowledge.Calendar;

/// <summary>A reminder kind that could not be planned for an election, and why (Indonesian, for admins).</summary>
/// <param name="Kind">A <see cref="ReminderKinds"/> id.</param>
/// <param name="Reason">Why it was not planned, e.g. the phase has no dates.</param>
public sealed record SkippedReminder(string Kind, string Reason);
