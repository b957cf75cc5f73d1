namespace NetralBot.Knowledge.Calendar;

/// <summary>Thrown when the calendar file is broken; lists every problem found, one <c>file:line: message</c> per line.</summary>
public sealed class ElectionCalendarFormatException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public ElectionCalendarFormatException(IReadOnlyList<ElectionCalendarError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    /// <summary>The problems, in file order.</summary>
    public IReadOnlyList<ElectionCalendarError> Errors { get; }
}
