using System.Globalization;
using System.Text.RegularExpressions;
using NetralBot.Knowledge.Calendar;
using NetralBot.Knowledge.Recognizers;

namespace NetralBot.Bot.Broadcasts;

/// <summary>Reads a send time: ISO 8601 (without an offset: WIB) or Indonesian ("besok 07.00", "25 September 2024 pukul 08.00 WITA").</summary>
internal static partial class BroadcastTimeParser
{
    private static readonly IndonesianDateTimeRecognizer Recognizer = new();

    /// <summary>The instant, or an Indonesian explanation in <paramref name="error"/>.</summary>
    public static bool TryParse(string text, DateTimeOffset now, out DateTimeOffset value, out string? error)
    {
        var trimmed = text.Trim();
        error = null;
        if (IsoPattern().IsMatch(trimmed))
        {
            if (HasOffset().IsMatch(trimmed)
                && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
            {
                return true;
            }

            if (DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                value = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), IndonesianTimeZone.Wib.Offset());
                return true;
            }

            value = default;
            error = $"Waktu \"{trimmed}\" tidak dapat dibaca sebagai ISO 8601 (mis. 2029-01-15T07:00+07:00).";
            return false;
        }

        var recognized = Recognizer.Recognize(trimmed, now, IndonesianTimeZone.Wib);
        value = recognized.Value;
        error = recognized.Error;
        return recognized.IsSuccess;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$")]
    private static partial Regex HasOffset();
}
