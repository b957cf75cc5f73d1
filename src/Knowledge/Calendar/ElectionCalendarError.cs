namespace NetralBot.Knowledge.Calendar;

/// <summary>One problem found in the calendar file.</summary>
/// <param name="File">The file name given to the parser.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Message">What is wrong, in Indonesian, for the admin editing the file.</param>
public sealed record ElectionCalendarError(string File, int Line, string Message)
{
    /// <summary>Formats as <c>file:line: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}: {Message}";
}
