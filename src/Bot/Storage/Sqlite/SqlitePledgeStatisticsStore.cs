using System.Globalization;
using Microsoft.Data.Sqlite;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>
/// Pledge statistics from the aggregate tables that migration 5's triggers keep exact (<c>stats_pledges</c>,
/// <c>stats_pledged_subscribers</c>, <c>stats_agency_pledged_subscribers</c>): grouping a million pledges on every
/// <c>/statistik</c> took seconds, reading the aggregates takes microseconds.
/// </summary>
public sealed class SqlitePledgeStatisticsStore(SqliteDatabase database) : IPledgeStatisticsStore
{
    /// <inheritdoc />
    public async Task<PledgeStatistics> GetAsync(string electionId, string? agency, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // stats_pledges.agency is COLLATE NOCASE, so "= $a" and GROUP BY agency fold case as the report always did.
        var scope = agency is null ? string.Empty : " AND agency = $a";
        var byAgency = await GroupAsync(connection, $"SELECT MIN(agency), SUM(pledges) FROM stats_pledges WHERE election_id = $e{scope} GROUP BY agency HAVING SUM(pledges) > 0 ORDER BY SUM(pledges) DESC, MIN(agency)", electionId, agency, cancellationToken);
        var byStatus = await GroupAsync(connection, $"SELECT status, SUM(pledges) FROM stats_pledges WHERE election_id = $e{scope} GROUP BY status HAVING SUM(pledges) > 0 ORDER BY status", electionId, agency, cancellationToken);
        // Still counted: a covering scan of ix_subscribers_active_user, ~50 ms at 1.2 million subscribers on 2 cores.
        var active = await ScalarAsync(connection, "SELECT COUNT(*) FROM subscribers WHERE is_active = 1", electionId, agency, cancellationToken);
        var pledged = await ScalarAsync(
            connection,
            agency is null
                ? "SELECT COALESCE((SELECT active_subscribers FROM stats_pledged_subscribers WHERE election_id = $e), 0)"
                : "SELECT COALESCE((SELECT active_subscribers FROM stats_agency_pledged_subscribers WHERE election_id = $e AND agency = $a), 0)",
            electionId,
            agency,
            cancellationToken);
        return new PledgeStatistics(electionId, agency, byAgency.Sum(g => g.Count), byAgency, byStatus, active, pledged);
    }

    private static async Task<IReadOnlyList<(string Name, long Count)>> GroupAsync(SqliteConnection connection, string sql, string electionId, string? agency, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql, electionId, agency);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var groups = new List<(string, long)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            groups.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return groups;
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, string electionId, string? agency, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql, electionId, agency);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, string electionId, string? agency)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$e", electionId);
        command.Parameters.AddWithValue("$a", (object?)agency ?? DBNull.Value);
        return command;
    }
}
