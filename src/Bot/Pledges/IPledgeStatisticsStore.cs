namespace NetralBot.Bot.Pledges;

/// <summary>Aggregates over stored pledges for admins.</summary>
internal interface IPledgeStatisticsStore
{
    /// <summary>Counts for <paramref name="electionId"/>; <paramref name="agency"/> limits them to one agency.</summary>
    Task<PledgeStatistics> GetAsync(string electionId, string? agency, CancellationToken cancellationToken = default);
}
