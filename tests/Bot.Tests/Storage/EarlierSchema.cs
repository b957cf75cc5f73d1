using NetralBot.Bot.Pledges;
using NetralBot.Bot.Storage.Postgres;
using NetralBot.Bot.Storage.Sqlite;
using Npgsql;

namespace NetralBot.Bot.Tests.Storage;

/// <summary>
/// A database as an earlier release left it, for migration tests: the migrations <c>applied</c> picks, recorded as
/// <c>Migrate</c> records them, then <c>rows</c> (SQL written by that release). The test then migrates it the usual way.
/// </summary>
internal static class EarlierSchema
{
    public static async Task<SqliteDatabase> SqliteAsync(string path, Func<int, bool> applied, string rows)
    {
        var database = new SqliteDatabase(new SqliteOptions(path));
        await using var connection = await database.OpenAsync();
        connection.CreateFunction("agency_key", (string agency) => AgencyKey.Of(agency), isDeterministic: true); // read by migration 10
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);"
            + string.Concat(SqliteMigrations.All.Where(m => applied(m.Version)).Select(m => m.Sql + $"\nINSERT INTO schema_migrations VALUES ({m.Version}, '{m.Name}', '2029-01-01');\n"))
            + rows;
        await command.ExecuteNonQueryAsync();
        return database;
    }

    /// <summary>Builds the schema in one transaction on the (unmigrated) database of <paramref name="connectionString"/>.</summary>
    public static async Task PostgresAsync(string connectionString, Func<int, bool> applied, string rows)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "BEGIN; CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL);"
            + "CREATE TEMPORARY TABLE agency_keys (agency TEXT PRIMARY KEY, agency_key TEXT NOT NULL);" // read by migration 11
            + string.Concat(PostgresMigrations.All.Where(m => applied(m.Version)).Select(m => m.Sql + $"\nINSERT INTO schema_migrations VALUES ({m.Version}, '{m.Name}', now());\n"))
            + rows + "COMMIT;",
            connection);
        await command.ExecuteNonQueryAsync();
    }
}
