using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Common;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Postgres;
using NetralBot.Bot.Tests.Fakes;
using Npgsql;

namespace NetralBot.Bot.Tests.Storage;

/// <summary>Several <c>serve</c> instances on one PostgreSQL database: migrations, leases and broadcasts.</summary>
public sealed class PostgresMultiInstanceTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    private static readonly DateTimeOffset Now = new(2029, 2, 1, 8, 0, 0, TimeSpan.Zero);

    [PostgresFact]
    public async Task Instances_starting_together_apply_each_migration_once()
    {
        var empty = PostgresTestDatabase.Unmigrated();
        await empty.InitializeAsync();
        try
        {
            var instances = Enumerable.Range(0, 4).Select(_ => empty.Open()).ToList();
            await Task.WhenAll(instances.Select(i => i.MigrateAsync()));
            await Task.WhenAll(instances.Select(i => i.MigrateAsync())); // and again at the next start: nothing to do

            await using var connection = new NpgsqlConnection(empty.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_migrations", connection);
            Assert.Equal(string.Join(',', PostgresMigrations.All.Select(m => m.Version)), await command.ExecuteScalarAsync());
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
        finally
        {
            await empty.DisposeAsync();
        }
    }

    [PostgresFact]
    public async Task A_lease_is_held_by_one_instance_until_released_or_its_connection_is_lost()
    {
        await using var first = database.Open();
        await using var second = database.Open();
        var leasesA = new PostgresAdvisoryLease(first);
        var leasesB = new PostgresAdvisoryLease(second);

        var a = await leasesA.TryAcquireAsync("uji");
        Assert.NotNull(a);
        Assert.Null(await leasesB.TryAcquireAsync("uji"));
        await using (var other = await leasesB.TryAcquireAsync("lain"))
        {
            Assert.NotNull(other); // another name is another lease
        }

        await a.DisposeAsync();
        var b = await leasesB.TryAcquireAsync("uji");
        Assert.NotNull(b);
        Assert.True(await b.IsHeldAsync());

        // The server ends b's session (a network drop, an admin): the lease is lost, and reported as such.
        await using (var admin = new NpgsqlConnection(database.ConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid() AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
                admin);
            await kill.ExecuteNonQueryAsync();
        }

        Assert.False(await b.IsHeldAsync());
        await using var again = await leasesA.TryAcquireAsync("uji");
        Assert.NotNull(again);
        await b.DisposeAsync();
    }

    [PostgresFact]
    public async Task Two_instances_saving_pledges_and_flipping_subscribers_keep_the_statistics_equal_to_a_recount()
    {
        await database.TruncateAsync();
        await using var first = database.Open();
        await using var second = database.Open();
        // Many writers on few users: first pledges of one account from two transactions, and a pledge racing its user's
        // subscriber row turning active or blocked, are the cases where the triggers could miss each other's rows.
        const int Users = 40;
        var workers = Enumerable.Range(0, 8).Select(async worker =>
        {
            var instance = worker % 2 == 0 ? first : second;
            var pledges = new PledgeStore(instance);
            var subscribers = new SubscriberStore(instance);
            var random = new Random(worker);
            for (var i = 0; i < 150; i++)
            {
                var user = random.Next(Users).ToString(CultureInfo.InvariantCulture);
                var serial = string.Create(CultureInfo.InvariantCulture, $"{worker}-{i}");
                switch (random.Next(3))
                {
                    case 0:
                        var agency = random.Next(2) == 0 ? "Kemenag" : "KEMENAG";
                        await pledges.SaveAsync(new Pledge("uji-2029", "NB-" + serial, "Nama", EmploymentStatus.Pns, "1990" + serial, agency, "Unit", Channel.Telegram, user, "uji-1", "abc", Now));
                        break;
                    case 1:
                        await subscribers.TouchAsync(Channel.Telegram, user, user, Now);
                        break;
                    default:
                        await subscribers.MarkInactiveAsync(Channel.Telegram, user, "Forbidden: bot was blocked by the user");
                        break;
                }
            }
        });
        await Task.WhenAll(workers);

        var statistics = new PostgresPledgeStatisticsStore(first);
        var all = await statistics.GetAsync("uji-2029", null);
        var kemenag = await statistics.GetAsync("uji-2029", "kemenag");
        await using var connection = await first.OpenAsync();
        await using var recount = new NpgsqlCommand(
            """
            SELECT (SELECT COUNT(*) FROM pledges),
                   (SELECT COUNT(*) FROM subscribers WHERE is_active),
                   (SELECT COUNT(*) FROM subscribers s WHERE s.is_active
                    AND EXISTS (SELECT 1 FROM pledges p WHERE p.channel = s.channel AND p.channel_user_id = s.user_id))
            """,
            connection);
        await using var reader = await recount.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.True(all.Pledges > 0);
        Assert.Equal((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)), (all.Pledges, all.ActiveSubscribers, all.PledgedSubscribers));
        Assert.Equal((all.Pledges, all.PledgedSubscribers), (kemenag.Pledges, kemenag.PledgedSubscribers)); // one agency, two spellings
    }

    [PostgresFact]
    public async Task Two_serve_instances_send_each_broadcast_row_exactly_once()
    {
        await database.TruncateAsync();
        await using var seed = database.Open();
        var subscribers = new SubscriberStore(seed);
        const int Recipients = 300;
        for (var i = 0; i < Recipients; i++)
        {
            var chat = i.ToString(CultureInfo.InvariantCulture);
            await subscribers.TouchAsync(Channel.WhatsApp, chat, chat, Now);
        }

        var store = new BroadcastStore(seed);
        // Due now by the real clock, which the services run on.
        var created = DateTimeOffset.UtcNow;
        var (jobId, recipients) = await store.CreateAsync("Apel pagi", BroadcastTarget.All, "uji-2029", "cli", created, created, null);
        Assert.Equal(Recipients, recipients);

        // Two processes: each its own pool, stores, channel and lease connection, polling every 50 ms.
        var instances = Enumerable.Range(0, 2).Select(_ => Instance.Start(database.Open())).ToList();
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((await store.FindAsync(jobId))!.Status != BroadcastJobStatus.Done && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            await Task.Delay(300); // time for a second sender, if one were running, to send anything more
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }

        Assert.Equal(BroadcastJobStatus.Done, (await store.FindAsync(jobId))!.Status);
        var attempts = instances.SelectMany(i => i.Channel.Attempts).Select(a => a.ChatId).ToList();
        Assert.Equal(Recipients, attempts.Count);
        Assert.Equal(Recipients, attempts.Distinct().Count());
        Assert.Single(instances, i => i.Channel.Attempts.Count > 0);
        Assert.Equal(new BroadcastCounts(0, Recipients, 0, 0, 0), await store.CountsAsync(jobId));
    }

    private sealed class Instance : IAsyncDisposable
    {
        private readonly PostgresDatabase _database;
        private readonly BroadcastService _service;
        private readonly BroadcastSender _sender;

        private Instance(PostgresDatabase database)
        {
            _database = database;
            var options = new BroadcastOptions(100_000, TimeSpan.FromSeconds(1), 8, TimeSpan.FromMilliseconds(50));
            _sender = new BroadcastSender(
                new BroadcastStore(database),
                [Channel],
                [],
                new SubscriberStore(database),
                options,
                BroadcastRetryOptions.Default,
                new TimeProviderBroadcastDelay(TimeProvider.System),
                TimeProvider.System,
                NullLogger<BroadcastSender>.Instance);
            _service = new BroadcastService(_sender, options, new PostgresAdvisoryLease(database), TimeProvider.System, NullLogger<BroadcastService>.Instance);
        }

        public FakeBroadcastChannel Channel { get; } = new(Common.Channel.WhatsApp, new BroadcastChannelLimits(100_000, TimeSpan.FromSeconds(1)));

        public static Instance Start(PostgresDatabase database)
        {
            var instance = new Instance(database);
            instance._service.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
            return instance;
        }

        public async ValueTask DisposeAsync()
        {
            await _service.StopAsync(CancellationToken.None);
            _service.Dispose();
            _sender.Dispose();
            await _database.DisposeAsync();
        }
    }
}
