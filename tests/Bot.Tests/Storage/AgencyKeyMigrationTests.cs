using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Postgres;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests.Storage;

/// <summary>SQLite migration 10 and PostgreSQL migration 11 fill <c>pledges.agency_key</c> for pledges stored before them.</summary>
public sealed class AgencyKeyMigrationTests : IDisposable
{
    private const string OldPledges = """
        INSERT INTO subscribers(channel, chat_id, user_id, is_active, last_seen_at) VALUES ('telegram', '1', '1', {0}, {1}), ('telegram', '2', '2', {0}, {1}), ('telegram', '3', '3', {0}, {1});
        INSERT INTO pledges(election_id, receipt_code, full_name, status, nip, agency, work_unit, channel, channel_user_id, pledge_text_version, pledge_text_sha256, pledged_at)
        VALUES ('e1', 'NB-1', 'A', 'Non-ASN', NULL, 'DINAS KÉSEHATAN', 'U', 'telegram', '1', 'v', 'h', {1}),
               ('e1', 'NB-2', 'B', 'Non-ASN', NULL, 'dinas késehatan', 'U', 'telegram', '2', 'v', 'h', {1}),
               ('e1', 'NB-3', 'C', 'Non-ASN', NULL, 'Ｄｉｎａｓ  Késehatan', 'U', 'telegram', '3', 'v', 'h', {1});
        """;

    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Sqlite_pledges_from_before_migration_10_get_their_key_and_one_group()
    {
        var database = await EarlierSchema.SqliteAsync(
            _content.DatabasePath, version => version < 10, string.Format(System.Globalization.CultureInfo.InvariantCulture, OldPledges, "1", "'2029-01-01T00:00:00.0000000Z'"));
        database.Migrate();

        await AssertOneAgencyAsync(database, new SqlitePledgeStatisticsStore(database));
    }

    [PostgresFact]
    public async Task Postgres_pledges_from_before_migration_11_get_their_key_and_one_group()
    {
        var empty = PostgresTestDatabase.Unmigrated();
        await empty.InitializeAsync();
        try
        {
            await EarlierSchema.PostgresAsync(
                empty.ConnectionString,
                version => version < PostgresMigrations.AgencyKeyVersion,
                string.Format(System.Globalization.CultureInfo.InvariantCulture, OldPledges, "TRUE", "now()"));
            await using var database = empty.Open();
            await database.MigrateAsync();

            await AssertOneAgencyAsync(database, new PostgresPledgeStatisticsStore(database));
        }
        finally
        {
            await empty.DisposeAsync();
        }
    }

    private static async Task AssertOneAgencyAsync(StoreDatabase database, Pledges.IPledgeStatisticsStore statistics)
    {
        var stats = await statistics.GetAsync("e1", "Dinas Késehatan");
        Assert.Equal((3L, 3L), (stats.Pledges, stats.PledgedSubscribers));
        Assert.Single((await statistics.GetAsync("e1", null)).ByAgency);
        Assert.Equal(3, await new BroadcastStore(database).CountRecipientsAsync(BroadcastTarget.ForAgency("DINAS KÉSEHATAN"), "e1"));
    }
}
