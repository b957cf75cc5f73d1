using NetralBot.Bot.Pledges;
using Npgsql;
using NpgsqlTypes;

namespace NetralBot.Bot.Storage.Postgres;

/// <summary>
/// Pledge statistics grouped from the rows on each call, over the indexes of migration 5, instead of SQLite's
/// trigger-maintained aggregates. Measured at 1,000,000 pledges and 1,200,000 subscribers on 2 cores (PostgreSQL 15):
/// ~1.1 s for all agencies (the pledged-subscriber count ~0.7 s of it), ~25 ms for one agency. Slower than SQLite's
/// aggregates (&lt;200 ms); plpgsql triggers like migration 5 of SQLite are the next step if that matters.
/// </summary>
public sealed class PostgresPledgeStatisticsStore(PostgresDatabase database) : IPledgeStatisticsStore
{
    /// <inheritdoc />
    public async Task<PledgeStatistics> GetAsync(string electionId, string? agency, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // The agency groups case-insensitively, as SQLite's COLLATE NOCASE does, shown in one of its spellings (MIN:
        // picking the first-seen one with array_agg(... ORDER BY id) made the query 6x slower at a million pledges).
        var scope = agency is null ? string.Empty : " AND lower(agency) = lower(@a)";
        var byAgency = await GroupAsync(
            connection,
            $"""
            SELECT MIN(agency), COUNT(*) FROM pledges WHERE election_id = @e{scope}
            GROUP BY lower(agency) ORDER BY COUNT(*) DESC, lower(agency) COLLATE "C"
            """,
            electionId,
            agency,
            cancellationToken);
        var byStatus = await GroupAsync(connection, $"SELECT status, COUNT(*) FROM pledges WHERE election_id = @e{scope} GROUP BY status ORDER BY status COLLATE \"C\"", electionId, agency, cancellationToken);
        var active = await ScalarAsync(connection, "SELECT COUNT(*) FROM subscribers WHERE is_active", electionId, agency, cancellationToken);
        // Active subscriber rows whose user pledged for the election (and agency): a user's two pledges count once.
        var pledged = await ScalarAsync(
            connection,
            $"""
            SELECT COUNT(*) FROM subscribers s WHERE s.is_active
            AND EXISTS (SELECT 1 FROM pledges p WHERE p.election_id = @e AND p.channel = s.channel AND p.channel_user_id = s.user_id{scope.Replace("agency", "p.agency", StringComparison.Ordinal)})
            """,
            electionId,
            agency,
            cancellationToken);
        return new PledgeStatistics(electionId, agency, byAgency.Sum(g => g.Count), byAgency, byStatus, active, pledged);
    }

    private static async Task<IReadOnlyList<(string Name, long Count)>> GroupAsync(NpgsqlConnection connection, string sql, string electionId, string? agency, CancellationToken cancellationToken)
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

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, string electionId, string? agency, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql, electionId, agency);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, string electionId, string? agency)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("e", electionId);
        command.Parameters.AddWithValue("a", NpgsqlDbType.Text, PostgresValues.Nullable(agency));
        return command;
    }
}
