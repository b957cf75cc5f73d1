namespace NetralBot.Knowledge.Calendar;

/// <summary>A region taking part in an election, with the time zone its dates are read in.</summary>
/// <param name="Name">The region's name as written in the file, e.g. "Sulawesi Selatan".</param>
/// <param name="Zone">The region's time zone.</param>
public sealed record ElectionRegion(string Name, IndonesianTimeZone Zone);
