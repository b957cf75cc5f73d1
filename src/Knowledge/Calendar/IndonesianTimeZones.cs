namespace NetralBot.Knowledge.Calendar;

/// <summary>Offsets, names and local-date arithmetic for <see cref="IndonesianTimeZone"/>.</summary>
public static class IndonesianTimeZones
{
    /// <summary>All three zones, west to east.</summary>
    public static IReadOnlyList<IndonesianTimeZone> All { get; } =
        [IndonesianTimeZone.Wib, IndonesianTimeZone.Wita, IndonesianTimeZone.Wit];

    /// <summary>The fixed UTC offset of the zone.</summary>
    public static TimeSpan Offset(this IndonesianTimeZone zone) => zone switch
    {
        IndonesianTimeZone.Wib => TimeSpan.FromHours(7),
        IndonesianTimeZone.Wita => TimeSpan.FromHours(8),
        IndonesianTimeZone.Wit => TimeSpan.FromHours(9),
        _ => throw new ArgumentOutOfRangeException(nameof(zone), zone, "Unknown Indonesian time zone."),
    };

    /// <summary>The abbreviation users write: WIB, WITA or WIT.</summary>
    public static string Abbreviation(this IndonesianTimeZone zone) => zone switch
    {
        IndonesianTimeZone.Wib => "WIB",
        IndonesianTimeZone.Wita => "WITA",
        IndonesianTimeZone.Wit => "WIT",
        _ => throw new ArgumentOutOfRangeException(nameof(zone), zone, "Unknown Indonesian time zone."),
    };

    /// <summary>Parses "WIB", "WITA" or "WIT" (any case, surrounding spaces ignored).</summary>
    public static bool TryParse(string? text, out IndonesianTimeZone zone)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "wib":
                zone = IndonesianTimeZone.Wib;
                return true;
            case "wita":
                zone = IndonesianTimeZone.Wita;
                return true;
            case "wit":
                zone = IndonesianTimeZone.Wit;
                return true;
            default:
                zone = IndonesianTimeZone.Wib;
                return false;
        }
    }

    /// <summary>The instant expressed in the zone's offset.</summary>
    public static DateTimeOffset ToZone(this IndonesianTimeZone zone, DateTimeOffset instant) =>
        instant.ToOffset(zone.Offset());

    /// <summary>The calendar date the instant falls on in the zone.</summary>
    public static DateOnly LocalDate(this IndonesianTimeZone zone, DateTimeOffset instant) =>
        DateOnly.FromDateTime(zone.ToZone(instant).DateTime);

    /// <summary>The instant of a local date and time in the zone.</summary>
    public static DateTimeOffset At(this IndonesianTimeZone zone, DateOnly date, TimeOnly time) =>
        new(date.ToDateTime(time), zone.Offset());
}
