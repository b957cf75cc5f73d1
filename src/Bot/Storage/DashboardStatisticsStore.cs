using System.Globalization;
using NetralBot.Bot.Access;
using NetralBot.Bot.Dashboard;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Storage;

/// <summary>
/// The dashboard's figures: pledges per day from migration 13 / 14's aggregate, subscribers per channel from migration
/// 15 / 16's, the audit log filtered.
/// </summary>
internal sealed class DashboardStatisticsStore(StoreDatabase database) : IDashboardStatisticsStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<DailyCount>> PledgesPerDayAsync(string electionId, string? agency, CancellationToken cancellationToken = default) =>
        await database.QueryAsync(
            $"""
            SELECT day, SUM(pledges) FROM stats_pledges_daily
            WHERE election_id = @electionId {(agency is null ? string.Empty : "AND agency_key = @agencyKey")}
            GROUP BY day HAVING SUM(pledges) > 0 ORDER BY day
            """,
            new { electionId, agencyKey = agency is null ? null : AgencyKey.Of(agency) },
            reader => new DailyCount(DateOnly.ParseExact(reader.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture), Count(reader, 1)),
            cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ChannelSubscribers>> SubscribersPerChannelAsync(CancellationToken cancellationToken = default) =>
        await database.QueryAsync(
            $"""
            SELECT channel,
                   SUM(CASE WHEN is_active = {database.True} AND opted_out = {database.False} THEN subscribers ELSE 0 END),
                   SUM(CASE WHEN opted_out = {database.True} THEN subscribers ELSE 0 END),
                   SUM(CASE WHEN is_active = {database.True} THEN 0 ELSE subscribers END)
            FROM stats_channel_subscribers GROUP BY channel HAVING SUM(subscribers) > 0 ORDER BY channel
            """,
            null,
            reader => new ChannelSubscribers(reader.GetString(0), Count(reader, 1), Count(reader, 2), Count(reader, 3)),
            cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(AuditFilter filter, int limit, CancellationToken cancellationToken = default)
    {
        var conditions = new List<string> { "1 = 1" };
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            conditions.Add("lower(actor) LIKE '%' || lower(@actor) || '%'");
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            conditions.Add("lower(action) LIKE '%' || lower(@action) || '%'");
        }

        if (filter.OnlyActor is not null)
        {
            conditions.Add("actor = @onlyActor");
        }

        return await database.QueryAsync(
            $"SELECT actor, action, target, count, at FROM audit_log WHERE {string.Join(" AND ", conditions)} ORDER BY id DESC LIMIT @limit",
            new { actor = filter.Actor?.Trim(), action = filter.Action?.Trim(), onlyActor = filter.OnlyActor, limit },
            reader => new AuditEntry(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), StoreDatabase.ReadTime(reader, 4)),
            cancellationToken);
    }

    // PostgreSQL sums BIGINT to NUMERIC.
    private static long Count(System.Data.Common.DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
