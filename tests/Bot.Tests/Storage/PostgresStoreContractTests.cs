using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Postgres;
using Npgsql;

namespace NetralBot.Bot.Tests.Storage;

/// <summary>The store contract on PostgreSQL: one database for the class, emptied before each test.</summary>
public sealed class PostgresStoreContractTests(PostgresTestDatabase database) : StoreContractTests, IRequiresPostgres, IClassFixture<PostgresTestDatabase>, IAsyncLifetime
{
    private readonly PostgresTestHandles _handles = new();

    /// <inheritdoc />
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public Task DisposeAsync() => _handles.DisposeAsync().AsTask();

    /// <inheritdoc />
    private protected override async Task<StoreSet> OpenAsync()
    {
        var db = await _handles.OpenEmptiedAsync(database);
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
    private protected override StoreDatabase CurrentDatabase => _handles.Current;

    /// <inheritdoc />
    private protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = await _handles.Current.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
