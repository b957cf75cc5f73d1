using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace NetralBot.Bot.Tests.Privacy;

/// <summary>
/// Reads every column of every table of a SQLite file and reports the cells that hold any of the given texts, in clear
/// or inside base64 (a WhatsApp message id, <c>wamid.HBgN…</c>, is base64 that encodes the phone number).
/// </summary>
internal static partial class DatabaseScan
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
                    var decoded = Base64Decoded(text);
                    hits.AddRange(needles.Where(n => decoded.Any(d => d.Contains(n, StringComparison.OrdinalIgnoreCase))).Select(n => $"{table}.{reader.GetName(i)} holds \"{n}\" base64-encoded"));
                }
            }
        }

        return hits;
    }

    /// <summary>
    /// Every run of base64 characters in <paramref name="text"/>, decoded (bytes as Latin-1 characters) from each of the
    /// four possible character alignments, so an encoded value is found also behind a prefix such as <c>wamid.</c>.
    /// </summary>
    public static IReadOnlyList<string> Base64Decoded(string text)
    {
        var decoded = new List<string>();
        foreach (Match run in Base64Run().Matches(text))
        {
            var token = run.Value.TrimEnd('=').Replace('-', '+').Replace('_', '/');
            for (var offset = 0; offset < 4 && token.Length - offset >= 8; offset++)
            {
                var part = token[offset..];
                part = (part.Length % 4) switch
                {
                    1 => part[..^1],
                    2 => part + "==",
                    3 => part + "=",
                    _ => part,
                };
                var bytes = new byte[part.Length / 4 * 3];
                if (Convert.TryFromBase64String(part, bytes, out var written))
                {
                    decoded.Add(Encoding.Latin1.GetString(bytes, 0, written));
                }
            }
        }

        return decoded;
    }

    [GeneratedRegex("[A-Za-z0-9+/_-]{8,}={0,2}")]
    private static partial Regex Base64Run();

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
