using System.Globalization;
using Microsoft.Data.Sqlite;
using NetralBot.Bot.Common;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

/// <summary>
/// /statistik reads aggregates that triggers maintain (migration 5); these tests check them against the plain
/// GROUP BY / EXISTS queries over the rows, through every change the bot makes and a few it never does (deletes).
/// </summary>
public sealed class PledgeStatisticsTests : IDisposable
{
    private const string Election = "uji-2029";
    private const string Earlier = "uji-2024";
    private static readonly DateTimeOffset Now = new(2029, 2, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TestContent _content = new();
    private readonly SqliteDatabase _database;
    private readonly PledgeStore _pledges;
    private readonly SubscriberStore _subscribers;
    private readonly SqlitePledgeStatisticsStore _statistics;
    private int _receipt;

    public PledgeStatisticsTests()
    {
        _database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath, "NORMAL"));
        _database.Migrate();
        _pledges = new PledgeStore(_database);
        _subscribers = new SubscriberStore(_database);
        _statistics = new SqlitePledgeStatisticsStore(_database);
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Counts_per_agency_status_and_pledged_subscribers_are_exact_and_follow_every_change()
    {
        await SeedAsync();

        var all = await _statistics.GetAsync(Election, null);
        Assert.Equal(6, all.Pledges);
        Assert.Equal([("BKN", 4L), ("KEMENDAGRI", 2L)], all.ByAgency.Select(g => (g.Name.ToUpperInvariant(), g.Count)));
        Assert.Equal([("Non-ASN", 2L), ("PNS", 3L), ("PPPK", 1L)], all.ByStatus);
        Assert.Equal(6, all.ActiveSubscribers); // users 1–6; 7 blocked the bot, 8 never wrote
        Assert.Equal(3, all.PledgedSubscribers); // users 1, 2, 3; user 1's two pledges count once
        var bkn = await _statistics.GetAsync(Election, "bkn");
        Assert.Equal(4, bkn.Pledges);
        Assert.Equal(2, bkn.PledgedSubscribers);
        await AssertMatchesRowsAsync();

        await _subscribers.MarkInactiveAsync(Channel.Telegram, "2", "Forbidden: bot was blocked by the user");
        await _subscribers.TouchAsync(Channel.Telegram, "7", "7", Now); // back after /mulai
        await _subscribers.TouchAsync(Channel.Telegram, "8", "8", Now); // a pledger who never subscribed now writes
        Assert.Equal(4, (await _statistics.GetAsync(Election, null)).PledgedSubscribers); // 1, 3, 7, 8
        await AssertMatchesRowsAsync();

        // Deletes (retention clean-up by hand) and edits of pledges: the aggregates follow them too.
        await ExecuteAsync("DELETE FROM pledges WHERE receipt_code = 'NB-2'"); // user 1's second pledge: still pledged
        Assert.Equal(4, (await _statistics.GetAsync(Election, null)).PledgedSubscribers);
        await ExecuteAsync("DELETE FROM pledges WHERE receipt_code = 'NB-1'"); // user 1's last pledge
        Assert.Equal(3, (await _statistics.GetAsync(Election, null)).PledgedSubscribers);
        await _pledges.SaveAsync(NewPledge("3", Election, "BKN", EmploymentStatus.Pns, "199001012020121005")); // one account, two agencies
        await AssertMatchesRowsAsync();
        await ExecuteAsync("UPDATE pledges SET agency = 'bkn', agency_key = 'bkn' WHERE receipt_code = 'NB-6'"); // only the case changes: same group
        await ExecuteAsync("UPDATE pledges SET agency = 'Kemenkeu', agency_key = 'kemenkeu', status = 'PPPK' WHERE receipt_code = 'NB-3'");
        await ExecuteAsync("UPDATE pledges SET election_id = 'uji-2024' WHERE receipt_code = 'NB-4'");
        await ExecuteAsync("UPDATE subscribers SET user_id = '5' WHERE chat_id = '3'");
        await ExecuteAsync("DELETE FROM subscribers WHERE chat_id = '7'");
        await AssertMatchesRowsAsync();
    }

    [Fact]
    public async Task The_migration_fills_the_aggregates_from_rows_stored_before_it()
    {
        await SeedAsync();
        await ExecuteAsync("""
            DROP TABLE stats_pledges; DROP TABLE stats_pledged_subscribers; DROP TABLE stats_agency_pledged_subscribers;
            DROP INDEX ix_subscribers_active_user; DROP INDEX ix_pledges_election_agency_user;
            DELETE FROM schema_migrations WHERE version = 5;
            """);
        // The triggers belong to pledges and subscribers, not to the dropped tables: back to the schema before version 5.
        await ExecuteAsync(string.Join(' ', (await TriggersAsync()).Select(name => $"DROP TRIGGER {name};")));
        await _pledges.SaveAsync(NewPledge("9", Election, "BKN", EmploymentStatus.NonAsn)); // stored without triggers
        await _subscribers.TouchAsync(Channel.Telegram, "9", "9", Now);
        // And before version 10: no agency_key (its indexes go with it; version 2's agency index comes back).
        await ExecuteAsync("""
            DROP INDEX ix_pledges_agency; ALTER TABLE pledges DROP COLUMN agency_key;
            CREATE INDEX ix_pledges_agency ON pledges(election_id, agency);
            DELETE FROM schema_migrations WHERE version = 10;
            """);
        // And before version 15, whose subscriber counts per channel (the active count here) lost their triggers above.
        await ExecuteAsync("DROP TABLE stats_channel_subscribers; DROP TABLE data_protection_keys; DELETE FROM schema_migrations WHERE version = 15;");

        _database.Migrate();

        await AssertMatchesRowsAsync();
        Assert.Equal(4, (await _statistics.GetAsync(Election, null)).PledgedSubscribers); // 1, 2, 3, 9
    }

    private async Task SeedAsync()
    {
        for (var user = 1; user <= 7; user++)
        {
            var id = user.ToString(CultureInfo.InvariantCulture);
            await _subscribers.TouchAsync(Channel.Telegram, id, id, Now);
        }

        await _subscribers.MarkInactiveAsync(Channel.Telegram, "7", "Forbidden: bot was blocked by the user");
        await _pledges.SaveAsync(NewPledge("1", Election, "BKN", EmploymentStatus.Pns, "199001012020121001"));
        await _pledges.SaveAsync(NewPledge("1", Election, "BKN", EmploymentStatus.Pns, "199001012020121002")); // same account, second NIP
        await _pledges.SaveAsync(NewPledge("2", Election, "bkn", EmploymentStatus.Pppk, "199001012020121003"));
        await _pledges.SaveAsync(NewPledge("3", Election, "Kemendagri", EmploymentStatus.NonAsn));
        await _pledges.SaveAsync(NewPledge("7", Election, "Kemendagri", EmploymentStatus.Pns, "199001012020121004"));
        await _pledges.SaveAsync(NewPledge("8", Election, "BKN", EmploymentStatus.NonAsn));
        await _pledges.SaveAsync(NewPledge("4", Earlier, "BKN", EmploymentStatus.NonAsn));
    }

    private Pledge NewPledge(string user, string election, string agency, EmploymentStatus status, string? nip = null) =>
        new(election, "NB-" + (++_receipt).ToString(CultureInfo.InvariantCulture), "Nama " + user, status, nip, agency, "Unit", Channel.Telegram, user, "uji-1", "abc", Now);

    /// <summary>Every scope against GROUP BY and EXISTS over the rows (by agency key, as the aggregates group them).</summary>
    private async Task AssertMatchesRowsAsync()
    {
        foreach (var election in new[] { Election, Earlier, "tanpa-ikrar" })
        {
            foreach (var agency in new string?[] { null, "BKN", "kemendagri", "Kemenkeu", "Tidak Ada" })
            {
                var stats = await _statistics.GetAsync(election, agency);
                var scope = agency is null ? string.Empty : " AND agency_key = $a";
                var byAgency = await GroupAsync($"SELECT MIN(agency), COUNT(*) FROM pledges WHERE election_id = $e{scope} GROUP BY agency_key ORDER BY COUNT(*) DESC, MIN(agency)", election, agency);
                Assert.Equal(byAgency.Select(g => (g.Name.ToUpperInvariant(), g.Count)), stats.ByAgency.Select(g => (g.Name.ToUpperInvariant(), g.Count)));
                Assert.Equal(await GroupAsync($"SELECT status, COUNT(*) FROM pledges WHERE election_id = $e{scope} GROUP BY status ORDER BY status", election, agency), stats.ByStatus);
                Assert.Equal(await ScalarAsync("SELECT COUNT(*) FROM subscribers WHERE is_active = 1", election, agency), stats.ActiveSubscribers);
                Assert.Equal(
                    await ScalarAsync($"SELECT COUNT(*) FROM subscribers s WHERE s.is_active = 1 AND EXISTS (SELECT 1 FROM pledges p WHERE p.election_id = $e AND p.channel = s.channel AND p.channel_user_id = s.user_id{scope.Replace("agency_key", "p.agency_key", StringComparison.Ordinal)})", election, agency),
                    stats.PledgedSubscribers);
            }
        }
    }

    private async Task<List<(string Name, long Count)>> GroupAsync(string sql, string election, string? agency)
    {
        await using var connection = await _database.OpenAsync();
        await using var command = Command(connection, sql, election, agency);
        await using var reader = await command.ExecuteReaderAsync();
        var groups = new List<(string, long)>();
        while (await reader.ReadAsync())
        {
            groups.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return groups;
    }

    private async Task<long> ScalarAsync(string sql, string election, string? agency)
    {
        await using var connection = await _database.OpenAsync();
        await using var command = Command(connection, sql, election, agency);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private async Task<List<string>> TriggersAsync()
    {
        await using var connection = await _database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'trg_stats_%'";
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await _database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, string election, string? agency)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$e", election);
        command.Parameters.AddWithValue("$a", agency is null ? DBNull.Value : AgencyKey.Of(agency));
        return command;
    }
}
