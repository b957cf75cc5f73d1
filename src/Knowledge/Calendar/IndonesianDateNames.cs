using System.Globalization;

namespace NetralBot.Knowledge.Calendar;

/// <summary>Indonesian month and day names: parsing (with common abbreviations and old spellings) and formatting.</summary>
internal static class IndonesianDateNames
{
    private static readonly string[] MonthNames =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ];

    // Indexed by DayOfWeek (Sunday = 0).
    private static readonly string[] DayNames = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    private static readonly Dictionary<string, int> MonthAliases = new(StringComparer.Ordinal)
    {
        ["jan"] = 1,
        ["januari"] = 1,
        ["feb"] = 2,
        ["peb"] = 2,
        ["februari"] = 2,
        ["pebruari"] = 2,
        ["mar"] = 3,
        ["maret"] = 3,
        ["apr"] = 4,
        ["april"] = 4,
        ["mei"] = 5,
        ["jun"] = 6,
        ["juni"] = 6,
        ["jul"] = 7,
        ["juli"] = 7,
        ["agu"] = 8,
        ["agt"] = 8,
        ["ags"] = 8,
        ["agus"] = 8,
        ["agustus"] = 8,
        ["sep"] = 9,
        ["sept"] = 9,
        ["september"] = 9,
        ["okt"] = 10,
        ["oktober"] = 10,
        ["nov"] = 11,
        ["nop"] = 11,
        ["november"] = 11,
        ["nopember"] = 11,
        ["des"] = 12,
        ["desember"] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> DayAliases = new(StringComparer.Ordinal)
    {
        ["senin"] = DayOfWeek.Monday,
        ["selasa"] = DayOfWeek.Tuesday,
        ["rabu"] = DayOfWeek.Wednesday,
        ["kamis"] = DayOfWeek.Thursday,
        ["jumat"] = DayOfWeek.Friday,
        ["jum'at"] = DayOfWeek.Friday,
        ["jum’at"] = DayOfWeek.Friday,
        ["sabtu"] = DayOfWeek.Saturday,
        ["minggu"] = DayOfWeek.Sunday,
        ["ahad"] = DayOfWeek.Sunday,
    };

    /// <summary>Parses a month name or abbreviation ("okt", "Pebruari", "sept."); returns 1–12.</summary>
    public static bool TryParseMonth(string text, out int month) =>
        MonthAliases.TryGetValue(text.Trim().TrimEnd('.').ToLowerInvariant(), out month);

    /// <summary>Parses a day name ("Senin", "jum'at", "Ahad").</summary>
    public static bool TryParseDay(string text, out DayOfWeek day) =>
        DayAliases.TryGetValue(text.Trim().TrimEnd('.', ',').ToLowerInvariant(), out day);

    /// <summary>The full Indonesian month name of 1–12, e.g. "Februari".</summary>
    public static string MonthName(int month) => MonthNames[month - 1];

    /// <summary>The Indonesian day name, e.g. "Rabu".</summary>
    public static string DayName(DayOfWeek day) => DayNames[(int)day];

    /// <summary>Formats as "14 Februari 2024".</summary>
    public static string FormatDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthName(date.Month)} {date.Year}");

    /// <summary>Formats as "Rabu, 14 Februari 2024".</summary>
    public static string FormatLongDate(DateOnly date) => $"{DayName(date.DayOfWeek)}, {FormatDate(date)}";

    /// <summary>Formats an instant in a zone as "Rabu, 14 Februari 2024 pukul 07.00 WIB".</summary>
    public static string FormatInstant(DateTimeOffset instant, IndonesianTimeZone zone)
    {
        var local = zone.ToZone(instant);
        var time = local.ToString("HH'.'mm", CultureInfo.InvariantCulture);
        return $"{FormatLongDate(DateOnly.FromDateTime(local.DateTime))} pukul {time} {zone.Abbreviation()}";
    }
}
