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
    protected override async Task<StoreSet> OpenAsync()
    {
        await database.TruncateAsync();
        var db = database.Open();
        _opened.Add(db);
        return new StoreSet(
            new PostgresPledgeStore(db),
            new PostgresDialogStateStore(db),
            new PostgresProcessedUpdateStore(db),
            new PostgresProcessedMessageStore(db),
            new PostgresSubscriberStore(db),
            new PostgresBroadcastStore(db),
            new PostgresAuditLog(db),
            new PostgresPledgeStatisticsStore(db),
            new PostgresWhatsAppInbox(db),
            new PostgresWhatsAppFailureStore(db),
            new PostgresAdvisoryLease(db));
    }

    /// <inheritdoc />
    protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = await _opened[^1].OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
