using System.Globalization;
using Microsoft.Data.Sqlite;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>Pledge statistics computed by SQLite (GROUP BY over the election's pledges).</summary>
public sealed class SqlitePledgeStatisticsStore(SqliteDatabase database) : IPledgeStatisticsStore
{
    /// <inheritdoc />
    public async Task<PledgeStatistics> GetAsync(string electionId, string? agency, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var scope = agency is null ? string.Empty : " AND agency = $a COLLATE NOCASE";
        var byAgency = await GroupAsync(connection, $"SELECT agency, COUNT(*) FROM pledges WHERE election_id = $e{scope} GROUP BY agency COLLATE NOCASE ORDER BY COUNT(*) DESC, agency", electionId, agency, cancellationToken);
        var byStatus = await GroupAsync(connection, $"SELECT status, COUNT(*) FROM pledges WHERE election_id = $e{scope} GROUP BY status ORDER BY status", electionId, agency, cancellationToken);
        var active = await ScalarAsync(connection, "SELECT COUNT(*) FROM subscribers WHERE is_active = 1", electionId, agency, cancellationToken);
        var pledged = await ScalarAsync(
            connection,
            $"SELECT COUNT(*) FROM subscribers s WHERE s.is_active = 1 AND EXISTS (SELECT 1 FROM pledges p WHERE p.election_id = $e AND p.channel = s.channel AND p.channel_user_id = s.user_id{scope.Replace("agency", "p.agency", StringComparison.Ordinal)})",
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
