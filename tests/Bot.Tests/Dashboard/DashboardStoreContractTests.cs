using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Common;
using NetralBot.Bot.Dashboard;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Postgres;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Bot.Tests.Storage;

namespace NetralBot.Bot.Tests.Dashboard;

/// <summary>The dashboard's stores, one implementation over <see cref="StoreDatabase"/>, on both databases.</summary>
public abstract class DashboardStoreContractTests
{
    private const string Election = "uji-2029";
    private static readonly DateTimeOffset Now = new(2029, 2, 1, 8, 0, 0, TimeSpan.Zero);
    private int _receipt;

    private protected abstract Task<StoreDatabase> OpenAsync();

    [StoreFact]
    public async Task A_sign_in_token_is_valid_once_until_it_expires_and_unknown_tokens_are_told_apart()
    {
        var store = new SignInTokenStore(await OpenAsync());
        await store.CreateAsync("hash-a", "telegram:900", Now, Now.AddMinutes(10));
        await store.CreateAsync("hash-b", "whatsapp:6281", Now, Now.AddMinutes(10));

        Assert.Equal(new SignInTokenCheck(SignInTokenStatus.Valid, "telegram:900"), await store.CheckAsync("hash-a", Now.AddMinutes(1)));
        Assert.Equal(new SignInTokenCheck(SignInTokenStatus.Valid, "telegram:900"), await store.UseAsync("hash-a", Now.AddMinutes(1)));
        Assert.Equal(SignInTokenStatus.Used, (await store.UseAsync("hash-a", Now.AddMinutes(2))).Status);
        Assert.Equal(SignInTokenStatus.Used, (await store.CheckAsync("hash-a", Now.AddMinutes(2))).Status);

        Assert.Equal(new SignInTokenCheck(SignInTokenStatus.Expired, "whatsapp:6281"), await store.UseAsync("hash-b", Now.AddMinutes(10)));
        Assert.Equal(SignInTokenCheck.Unknown, await store.UseAsync("hash-c", Now));
    }

    [StoreFact]
    public async Task Two_redemptions_of_one_token_at_once_sign_in_exactly_one()
    {
        var store = new SignInTokenStore(await OpenAsync());
        await store.CreateAsync("hash-race", "telegram:900", Now, Now.AddMinutes(10));
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => store.UseAsync("hash-race", Now.AddMinutes(1))));
        Assert.Single(results, r => r.Status == SignInTokenStatus.Valid);
    }

    [StoreFact]
    public async Task The_roster_is_replaced_per_agency_and_matched_to_pledges_by_nip_within_the_agency_only()
    {
        var database = await OpenAsync();
        var roster = new RosterStore(database);
        var pledges = new PledgeStore(database);
        await roster.ReplaceAsync("BKN", [new("111", "Old", "Lama")], Now);
        await roster.ReplaceAsync("bkn", [new("199001012015011001", "Ani", "Biro Umum"), new("199001012015011002", "Budi", "Biro Umum"), new("NA-7", "Cici", "Sekretariat")], Now);
        await roster.ReplaceAsync("Kemendagri", [new("198501012010011001", "Dodi", "Itjen")], Now);
        await pledges.SaveAsync(Pledge("199001012015011001", "BKN", Election));
        await pledges.SaveAsync(Pledge("199001012015011002", "BKN", "uji-2024")); // another election: not pledged now
        await pledges.SaveAsync(Pledge("198501012010011001", "Kemendagri", Election));

        Assert.Equal([new Coverage("bkn", 3, 1), new Coverage("Kemendagri", 1, 1)], await roster.AgencyCoverageAsync(Election, null));
        Assert.Equal([new Coverage("bkn", 3, 1)], await roster.AgencyCoverageAsync(Election, "BKN"));
        Assert.Equal([new Coverage("Biro Umum", 2, 1), new Coverage("Sekretariat", 1, 0)], await roster.UnitCoverageAsync(Election, "Bkn"));
        Assert.Equal(["Budi", "Cici"], (await roster.NotPledgedAsync(Election, "BKN", null)).Select(e => e.FullName));
        Assert.Equal(["Cici"], (await roster.NotPledgedAsync(Election, "BKN", "Sekretariat")).Select(e => e.FullName));
        Assert.Empty(await roster.NotPledgedAsync(Election, "Kemendagri", null));
        Assert.Empty(await roster.NotPledgedAsync(Election, "Pemkab Bogor", null));
    }

    [StoreFact]
    public async Task A_roster_broadcast_reaches_exactly_the_not_pledged_employees_known_from_an_earlier_pledge()
    {
        var database = await OpenAsync();
        var roster = new RosterStore(database);
        var pledges = new PledgeStore(database);
        var subscribers = new SubscriberStore(database);
        var broadcasts = new BroadcastStore(database);
        await roster.ReplaceAsync("BKN", [new("199001012015011001", "Ani", "A"), new("199001012015011002", "Budi", "A"), new("199001012015011003", "Cici", "A")], Now);
        foreach (var user in new[] { "1", "2", "3", "4" })
        {
            await subscribers.TouchAsync(Channel.Telegram, user, user, Now);
        }

        await pledges.SaveAsync(Pledge("199001012015011001", "BKN", "uji-2024", "1")); // Ani: pledged before, not now → reached
        await pledges.SaveAsync(Pledge("199001012015011002", "BKN", "uji-2024", "2")); // Budi: pledged before and now → not
        await pledges.SaveAsync(Pledge("199001012015011002", "BKN", Election, "2"));
        await pledges.SaveAsync(Pledge("198001012005011009", "Lain", "uji-2024", "4")); // not on the roster → not

        var target = BroadcastTarget.ForRoster("bkn");
        Assert.Equal(1, await broadcasts.CountRecipientsAsync(target, Election));
        var (jobId, recipients) = await broadcasts.CreateAsync("Ayo ikrar", target, Election, "telegram:900", Now, Now, null);
        Assert.Equal(1, recipients);
        Assert.Equal(["1"], (await broadcasts.PendingAsync(jobId, 0, 10)).Select(p => p.ChatId));
        Assert.Equal(target, (await broadcasts.FindAsync(jobId))!.Target);
    }

    [StoreFact]
    public async Task Pledges_per_day_follow_inserts_and_deletes_per_agency_and_subscribers_are_counted_per_channel()
    {
        var database = await OpenAsync();
        var pledges = new PledgeStore(database);
        var figures = new DashboardStatisticsStore(database);
        var subscribers = new SubscriberStore(database);
        await pledges.SaveAsync(Pledge("199001012015011001", "BKN", Election, at: new DateTimeOffset(2029, 1, 31, 18, 0, 0, TimeSpan.Zero))); // 1 Feb 01:00 WIB
        await pledges.SaveAsync(Pledge("199001012015011002", "bkn", Election, at: new DateTimeOffset(2029, 2, 1, 3, 0, 0, TimeSpan.Zero)));
        await pledges.SaveAsync(Pledge("199001012015011003", "Lain", Election, at: new DateTimeOffset(2029, 2, 2, 3, 0, 0, TimeSpan.Zero)));
        await pledges.SaveAsync(Pledge("199001012015011004", "Lain", "uji-2024", at: new DateTimeOffset(2029, 2, 2, 3, 0, 0, TimeSpan.Zero)));

        var feb1 = new DateOnly(2029, 2, 1);
        Assert.Equal([new DailyCount(feb1, 2), new DailyCount(feb1.AddDays(1), 1)], await figures.PledgesPerDayAsync(Election, null));
        Assert.Equal([new DailyCount(feb1, 2)], await figures.PledgesPerDayAsync(Election, "BKN"));

        await using (var connection = await database.OpenConnectionAsync())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "DELETE FROM pledges WHERE nip = '199001012015011003'";
            await command.ExecuteNonQueryAsync();
        }

        Assert.Equal([new DailyCount(feb1, 2)], await figures.PledgesPerDayAsync(Election, null));

        await subscribers.TouchAsync(Channel.Telegram, "1", "1", Now);
        await subscribers.TouchAsync(Channel.Telegram, "2", "2", Now);
        await subscribers.TouchAsync(Channel.WhatsApp, "3", "3", Now);
        await subscribers.SetOptedOutAsync(Channel.Telegram, "2", "2", Now, Now);
        await subscribers.MarkInactiveAsync(Channel.WhatsApp, "3", "blocked");
        Assert.Equal([new ChannelSubscribers("telegram", 1, 1, 0), new ChannelSubscribers("whatsapp", 0, 0, 1)], await figures.SubscribersPerChannelAsync());
    }

    [StoreFact]
    public async Task Subscribers_per_channel_stay_equal_to_a_count_of_the_rows_through_inserts_updates_and_deletes()
    {
        var database = await OpenAsync();
        var subscribers = new SubscriberStore(database);
        foreach (var (channel, chat) in new[] { (Channel.Telegram, "1"), (Channel.Telegram, "2"), (Channel.Telegram, "3"), (Channel.WhatsApp, "4"), (Channel.WhatsApp, "5") })
        {
            await subscribers.TouchAsync(channel, chat, chat, Now);
        }

        await AssertChannelCountsAsync(database, new ChannelSubscribers("telegram", 3, 0, 0), new ChannelSubscribers("whatsapp", 2, 0, 0));

        await subscribers.SetOptedOutAsync(Channel.Telegram, "2", "2", Now, Now);
        await subscribers.MarkInactiveAsync(Channel.Telegram, "3", "blocked");
        await subscribers.MarkInactiveAsync(Channel.Telegram, "2", "blocked"); // opted out and blocked: counted in both
        await subscribers.SetOptedOutAsync(Channel.WhatsApp, "6", "6", Now, Now); // a first message that is /berhenti
        await AssertChannelCountsAsync(database, new ChannelSubscribers("telegram", 1, 1, 2), new ChannelSubscribers("whatsapp", 2, 1, 0));

        await subscribers.TouchAsync(Channel.Telegram, "3", "3", Now.AddMinutes(5)); // writing again undoes the block
        await subscribers.TouchAsync(Channel.Telegram, "1", "1", Now.AddMinutes(5)); // only last seen: nothing moves
        await subscribers.SetOptedOutAsync(Channel.Telegram, "2", "2", Now, null); // opted in again, still blocked
        await AssertChannelCountsAsync(database, new ChannelSubscribers("telegram", 2, 0, 1), new ChannelSubscribers("whatsapp", 2, 1, 0));

        await database.ExecuteAsync("UPDATE subscribers SET channel = 'whatsapp' WHERE channel = 'telegram' AND chat_id = '1'", null, default);
        await database.ExecuteAsync("UPDATE subscribers SET channel = 'console', is_active = " + database.False + " WHERE chat_id = '6'", null, default);
        await AssertChannelCountsAsync(database, new ChannelSubscribers("console", 0, 1, 1), new ChannelSubscribers("telegram", 1, 0, 1), new ChannelSubscribers("whatsapp", 3, 0, 0));

        await database.ExecuteAsync("DELETE FROM subscribers WHERE channel IN ('telegram', 'console')", null, default);
        await database.ExecuteAsync("DELETE FROM subscribers WHERE chat_id = '4'", null, default);
        await AssertChannelCountsAsync(database, new ChannelSubscribers("whatsapp", 2, 0, 0));
        var statistics = database is PostgresDatabase postgres ? (IPledgeStatisticsStore)new PostgresPledgeStatisticsStore(postgres) : new SqlitePledgeStatisticsStore((SqliteDatabase)database);
        Assert.Equal(2, (await statistics.GetAsync(Election, null)).ActiveSubscribers);
    }

    /// <summary>The aggregate against the grouping of the rows it replaced, and against the expected figures.</summary>
    internal static async Task AssertChannelCountsAsync(StoreDatabase database, params ChannelSubscribers[] expected)
    {
        var counted = await database.QueryAsync(
            $"""
            SELECT channel,
                   SUM(CASE WHEN is_active = {database.True} AND opted_out_at IS NULL THEN 1 ELSE 0 END),
                   SUM(CASE WHEN opted_out_at IS NOT NULL THEN 1 ELSE 0 END),
                   SUM(CASE WHEN is_active = {database.True} THEN 0 ELSE 1 END)
            FROM subscribers GROUP BY channel ORDER BY channel
            """,
            null,
            reader => new ChannelSubscribers(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3)),
            default);
        Assert.Equal(expected, counted);
        Assert.Equal(expected, await new DashboardStatisticsStore(database).SubscribersPerChannelAsync());
    }

    [StoreFact]
    public async Task The_audit_log_filters_by_actor_and_action_in_any_case_and_an_exact_actor()
    {
        var database = await OpenAsync();
        var audit = new AuditLog(database);
        var figures = new DashboardStatisticsStore(database);
        await audit.WriteAsync(new AuditEntry("telegram:900", "broadcast.queue", "job:1 semua", 3, Now));
        await audit.WriteAsync(new AuditEntry("telegram:901", "dashboard.sign-in", "dasbor", 1, Now.AddMinutes(1)));
        await audit.WriteAsync(new AuditEntry("telegram:9010", "stats", "semua", 1, Now.AddMinutes(2)));

        Assert.Equal(["stats", "dashboard.sign-in"], (await figures.AuditAsync(new AuditFilter("TELEGRAM:901", null), 10)).Select(e => e.Action));
        Assert.Equal(["broadcast.queue"], (await figures.AuditAsync(new AuditFilter(null, "Broadcast"), 10)).Select(e => e.Action));
        Assert.Equal(["dashboard.sign-in"], (await figures.AuditAsync(new AuditFilter(null, null, "telegram:901"), 10)).Select(e => e.Action));
        Assert.Single(await figures.AuditAsync(new AuditFilter(null, null), 1));
    }

    private Pledge Pledge(string nip, string agency, string election, string user = "1", DateTimeOffset? at = null) => new(
        election, $"NB-{++_receipt:D4}-TEST", "Nama", EmploymentStatus.Pns, nip, agency, "Unit", Channel.Telegram, user, "uji-1", new string('0', 64), at ?? Now);
}

/// <summary>The dashboard stores on SQLite: a temp file per test.</summary>
public sealed class SqliteDashboardStoreContractTests : DashboardStoreContractTests, IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    private protected override Task<StoreDatabase> OpenAsync()
    {
        var database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath, "NORMAL"));
        database.Migrate();
        return Task.FromResult<StoreDatabase>(database);
    }
}

/// <summary>The dashboard stores on PostgreSQL: one database for the class, emptied before each test.</summary>
public sealed class PostgresDashboardStoreContractTests(PostgresTestDatabase database)
    : DashboardStoreContractTests, IRequiresPostgres, IClassFixture<PostgresTestDatabase>, IAsyncLifetime
{
    private readonly PostgresTestHandles _handles = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _handles.DisposeAsync().AsTask();

    private protected override async Task<StoreDatabase> OpenAsync() =>
        await _handles.OpenEmptiedAsync(database, "dashboard_sign_in_tokens", "roster_employees");
}
