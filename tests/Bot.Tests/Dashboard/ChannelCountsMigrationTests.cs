using System.Globalization;
using NetralBot.Bot.Dashboard;
using NetralBot.Bot.Storage.Postgres;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Bot.Tests.Storage;

namespace NetralBot.Bot.Tests.Dashboard;

/// <summary>SQLite migration 15 and PostgreSQL migration 16 count the subscribers stored before them.</summary>
public sealed class ChannelCountsMigrationTests : IDisposable
{
    // Telegram: two reachable, one opted out, one blocked and opted out, one blocked; WhatsApp: one reachable.
    private const string OldSubscribers = """
        INSERT INTO subscribers(channel, chat_id, user_id, is_active, last_seen_at, opted_out_at) VALUES
            ('telegram', '1', '1', {0}, {2}, NULL), ('telegram', '2', '2', {0}, {2}, NULL), ('telegram', '3', '3', {0}, {2}, {2}),
            ('telegram', '4', '4', {1}, {2}, {2}), ('telegram', '5', '5', {1}, {2}, NULL), ('whatsapp', '6281', '6281', {0}, {2}, NULL);
        """;

    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Sqlite_subscribers_from_before_migration_15_are_counted_per_channel()
    {
        var database = await EarlierSchema.SqliteAsync(
            _content.DatabasePath, version => version < 15, string.Format(CultureInfo.InvariantCulture, OldSubscribers, "1", "0", "'2029-01-01T00:00:00.0000000Z'"));
        database.Migrate();

        await DashboardStoreContractTests.AssertChannelCountsAsync(database, new ChannelSubscribers("telegram", 2, 2, 2), new ChannelSubscribers("whatsapp", 1, 0, 0));
        Assert.Equal(4, (await new SqlitePledgeStatisticsStore(database).GetAsync("e1", null)).ActiveSubscribers);
    }

    [PostgresFact]
    public async Task Postgres_subscribers_from_before_migration_16_are_counted_per_channel()
    {
        var empty = PostgresTestDatabase.Unmigrated();
        await empty.InitializeAsync();
        try
        {
            await EarlierSchema.PostgresAsync(
                empty.ConnectionString, version => version < 16, string.Format(CultureInfo.InvariantCulture, OldSubscribers, "TRUE", "FALSE", "now()"));
            await using var database = empty.Open();
            await database.MigrateAsync();

            await DashboardStoreContractTests.AssertChannelCountsAsync(database, new ChannelSubscribers("telegram", 2, 2, 2), new ChannelSubscribers("whatsapp", 1, 0, 0));
            Assert.Equal(4, (await new PostgresPledgeStatisticsStore(database).GetAsync("e1", null)).ActiveSubscribers);
        }
        finally
        {
            await empty.DisposeAsync();
        }
    }
}
