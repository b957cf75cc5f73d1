using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace NetralBot.Bot.Tests.Privacy;

/// <summary>Reads every column of every table of a SQLite file and reports the cells that hold any of the given texts.</summary>
internal static class DatabaseScan
{
    public static async Task<IReadOnlyList<string>> FindAsync(string databasePath, params string[] needles)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("pledges", tables); // the scan reads the real schema, not an empty file
        var hits = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var text = reader.GetValue(i) switch
                    {
                        byte[] bytes => Encoding.UTF8.GetString(bytes),
                        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
                        var other => other?.ToString() ?? string.Empty,
                    };
                    hits.AddRange(needles.Where(n => text.Contains(n, StringComparison.OrdinalIgnoreCase)).Select(n => $"{table}.{reader.GetName(i)} holds \"{n}\""));
                }
            }
        }

        return hits;
    }

    public static async Task<long> CountAsync(string databasePath, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public static async Task ExecuteAsync(string databasePath, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Waits until the inbox workers have deleted every processed payload (they do so after replying).</summary>
    public static async Task WaitForEmptyInboxAsync(string databasePath)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await CountAsync(databasePath, "SELECT (SELECT COUNT(*) FROM telegram_inbox) + (SELECT COUNT(*) FROM whatsapp_inbox)") == 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("The inbox still holds payloads after 5 s.");
    }
}
