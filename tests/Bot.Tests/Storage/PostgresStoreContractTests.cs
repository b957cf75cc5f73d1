using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Postgres;
using Npgsql;

namespace NetralBot.Bot.Tests.Storage;

/// <summary>The store contract on PostgreSQL: one database for the class, emptied before each test.</summary>
public sealed class PostgresStoreContractTests(PostgresTestDatabase database) : StoreContractTests, IRequiresPostgres, IClassFixture<PostgresTestDatabase>, IAsyncLifetime
{
    private readonly List<PostgresDatabase> _opened = [];

    /// <inheritdoc />
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        foreach (var opened in _opened)
        {
            await opened.DisposeAsync();
        }
    }

    /// <inheritdoc />
    private protected override async Task<StoreSet> OpenAsync()
    {
        await database.TruncateAsync();
        var db = database.Open();
        _opened.Add(db);
        return new StoreSet(
            new PledgeStore(db),
            new DialogStateStore(db),
            new ProcessedIdStore(db),
            new ProcessedIdStore(db),
            new SubscriberStore(db),
            new BroadcastStore(db),
            new AuditLog(db),
            new PostgresPledgeStatisticsStore(db),
            new WhatsAppInbox(db),
            new WhatsAppFailureStore(db),
            new PostgresAdvisoryLease(db),
            new TelegramInbox(db));
    }

    /// <inheritdoc />
    private protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = await _opened[^1].OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
