namespace NetralBot.Bot.Dashboard;

/// <summary>Pledges made on one day (WIB).</summary>
/// <param name="Day">The date.</param>
/// <param name="Pledges">How many.</param>
internal sealed record DailyCount(DateOnly Day, long Pledges);
