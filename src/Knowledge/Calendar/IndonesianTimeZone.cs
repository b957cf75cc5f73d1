namespace NetralBot.Knowledge.Calendar;

/// <summary>The three Indonesian time zones (Keppres 41/1987). Fixed offsets: Indonesia has no daylight saving.</summary>
public enum IndonesianTimeZone
{
    /// <summary>Waktu Indonesia Barat, UTC+07:00.</summary>
    Wib,

    /// <summary>Waktu Indonesia Tengah, UTC+08:00.</summary>
    Wita,

    /// <summary>Waktu Indonesia Timur, UTC+09:00.</summary>
    Wit,
}
