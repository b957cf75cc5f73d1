using NetralBot.Bot.Common;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests.Storage;

/// <summary>The store contract on SQLite: a temp file per test.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests, IDisposable
{
    private readonly TestContent _content = new();
    private SqliteDatabase? _database;

    /// <inheritdoc />
    public void Dispose() => _content.Dispose();

    /// <inheritdoc />
    private protected override Task<StoreSet> OpenAsync()
    {
        var database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath, "NORMAL"));
        database.Migrate();
        _database = database;
        return Task.FromResult(new StoreSet(
            new PledgeStore(database),
            new DialogStateStore(database),
            new ProcessedIdStore(database),
            new ProcessedIdStore(database),
            new SubscriberStore(database),
            new BroadcastStore(database),
            new AuditLog(database),
            new SqlitePledgeStatisticsStore(database),
            new WhatsAppInbox(database),
            new WhatsAppFailureStore(database),
            new SingleProcessLease(),
            new TelegramInbox(database)));
    }

    /// <inheritdoc />
    private protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = await _database!.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
