using NetralBot.Knowledge.Calendar;

namespace NetralBot.Knowledge.Recognizers;

/// <summary>The outcome of recognizing an Indonesian date-time expression: a resolved instant or an explanation.</summary>
public sealed record DateTimeRecognition
{
    private DateTimeRecognition()
    {
    }

    /// <summary>True when <see cref="Value"/> holds a resolved instant; false when <see cref="Error"/> explains why not.</summary>
    public bool IsSuccess { get; private init; }

    /// <summary>The resolved instant, expressed in <see cref="Zone"/>'s offset. Default when unsuccessful.</summary>
    public DateTimeOffset Value { get; private init; }

    /// <summary>True when the text gave a time of day (a clock time or pagi/siang/sore/malam); false when the default hour was used.</summary>
    public bool HasTime { get; private init; }

    /// <summary>The zone the value is expressed in: the one written in the text, else the caller's default.</summary>
    public IndonesianTimeZone Zone { get; private init; }

    /// <summary>True when the text named the zone (WIB/WITA/WIT) itself.</summary>
    public bool ZoneGiven { get; private init; }

    /// <summary>Start of the recognized expression in the input (characters).</summary>
    public int Start { get; private init; }

    /// <summary>Length of the recognized expression in the input (characters); 0 when nothing was recognized.</summary>
    public int Length { get; private init; }

    /// <summary>An Indonesian explanation for the user when unsuccessful; null on success.</summary>
    public string? Error { get; private init; }

    /// <summary>A successful recognition.</summary>
    public static DateTimeRecognition Success(
        DateTimeOffset value, bool hasTime, IndonesianTimeZone zone, bool zoneGiven, int start, int length) =>
        new()
        {
            IsSuccess = true,
            Value = value,
            HasTime = hasTime,
            Zone = zone,
            ZoneGiven = zoneGiven,
            Start = start,
            Length = length,
        };

    /// <summary>A failed recognition with an Indonesian explanation.</summary>
    public static DateTimeRecognition Failure(string error, int start = 0, int length = 0) =>
        new() { IsSuccess = false, Error = error, Start = start, Length = length };
}
