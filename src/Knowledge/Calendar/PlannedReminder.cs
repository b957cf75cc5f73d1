namespace NetralBot.Knowledge.Calendar;

/// <summary>One reminder to send to the recipients of one zone.</summary>
/// <param name="ElectionId">The election it belongs to.</param>
/// <param name="Kind">A <see cref="ReminderKinds"/> id.</param>
/// <param name="Zone">The recipients' zone.</param>
/// <param name="LocalDate">The local date it is sent on.</param>
/// <param name="LocalTime">The local time it is sent at.</param>
/// <param name="SendAt">The instant to send, in UTC (offset zero).</param>
/// <param name="Text">The reminder text, placeholders filled.</param>
public sealed record PlannedReminder(
    string ElectionId,
    string Kind,
    IndonesianTimeZone Zone,
    DateOnly LocalDate,
    TimeOnly LocalTime,
    DateTimeOffset SendAt,
    string Text);
