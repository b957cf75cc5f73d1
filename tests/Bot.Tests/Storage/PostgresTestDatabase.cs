using System.Globalization;
using NetralBot.Bot.Storage.Postgres;
using Npgsql;

namespace NetralBot.Bot.Tests.Storage;

/// <summary>
/// A fresh database on the test server (<c>nb_test_&lt;random&gt;</c>), migrated, and dropped on dispose: one per test
/// class (as a class fixture). Without a server it stays empty and the tests using it are skipped.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncLifetime
{
    private readonly string? _server = PostgresTestServer.ConnectionString;
    private readonly bool _migrate;

    /// <summary>A database that is migrated when created (the class-fixture form).</summary>
    public PostgresTestDatabase()
        : this(migrate: true)
    {
    }

    // Private: xunit requires a class fixture to have a single public constructor.
    private PostgresTestDatabase(bool migrate) => _migrate = migrate;

    /// <summary>A database left without schema, to test migrating it.</summary>
    public static PostgresTestDatabase Unmigrated() => new(migrate: false);

    /// <summary>The database's name.</summary>
    public string Name { get; } = "nb_test_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>The connection string of the database.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server ?? throw new InvalidOperationException(PostgresTestServer.SkipReason)) { Database = Name }.ConnectionString;

    /// <summary>A new (unmigrated) handle on the database; each has its own pool.</summary>
    internal PostgresDatabase Open() => new(new PostgresOptions(ConnectionString));

    /// <summary>
    /// Empties the tables the store contract shares, with their statistics aggregates, and <paramref name="moreTables"/>
    /// (ids restarted), so each test starts from a fresh schema.
    /// </summary>
    public async Task TruncateAsync(params string[] moreTables)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        // TRUNCATE fires no row triggers, so the statistics aggregates are emptied along with the rows they count.
        string[] tables =
        [
            "pledges", "pledge_versions", "dialog_states", "processed_updates", "subscribers", "audit_log", "broadcast_deliveries", "broadcast_jobs",
            "whatsapp_inbox", "processed_messages", "whatsapp_delivery_failures",
            "stats_pledges", "stats_pledged_subscribers", "stats_agency_pledged_subscribers", "stats_active_subscribers",
            "stats_pledges_daily", "stats_channel_subscribers", .. moreTables,
        ];
        await using var command = new NpgsqlCommand($"TRUNCATE {string.Join(", ", tables)} RESTART IDENTITY", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (_server is null)
        {
            return;
        }

        await ExecuteOnServerAsync(string.Create(CultureInfo.InvariantCulture, $"CREATE DATABASE {Name}"));
        if (_migrate)
        {
            await using var database = Open();
            await database.MigrateAsync();
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
