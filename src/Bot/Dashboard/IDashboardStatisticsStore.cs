using NetralBot.Bot.Access;

namespace NetralBot.Bot.Dashboard;

/// <summary>The dashboard's figures that the chat statistics do not have.</summary>
internal interface IDashboardStatisticsStore
{
    /// <summary>Pledges per day (WIB) for <paramref name="electionId"/>, of one agency when set, oldest first.</summary>
    Task<IReadOnlyList<DailyCount>> PledgesPerDayAsync(string electionId, string? agency, CancellationToken cancellationToken = default);

    /// <summary>Subscribers per channel.</summary>
    Task<IReadOnlyList<ChannelSubscribers>> SubscribersPerChannelAsync(CancellationToken cancellationToken = default);

    /// <summary>The newest audit entries matching <paramref name="filter"/>.</summary>
    Task<IReadOnlyList<AuditEntry>> AuditAsync(AuditFilter filter, int limit, CancellationToken cancellationToken = default);
}
