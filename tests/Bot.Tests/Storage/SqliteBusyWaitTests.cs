using Dapper;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests.Storage;

/// <summary>Connections wait for another connection's write lock with <see cref="SqliteBusyWait"/>, not SQLite's sleeping busy_timeout.</summary>
public sealed class SqliteBusyWaitTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_connection_has_the_busy_handler_in_place_of_busy_timeout()
    {
        var database = Migrated();
        await using var connection = await database.OpenAsync();

        // sqlite3_busy_handler clears the connection's busy_timeout, so the pragma reads 0 once ours is in place.
        Assert.Equal(0, connection.ExecuteScalar<long>("PRAGMA busy_timeout"));
    }

    [Fact]
    public async Task A_writer_waits_for_the_lock_another_connection_holds_and_then_writes()
    {
        var database = Migrated();
        await using var holder = await database.OpenAsync();
        await using var waiter = await database.OpenAsync();
        holder.Execute("CREATE TABLE IF NOT EXISTS busy_probe (n INTEGER)");
        var transaction = holder.BeginTransaction(deferred: false);
        holder.Execute("INSERT INTO busy_probe VALUES (1)", transaction: transaction);

        // Straight to SQLite, past Microsoft.Data.Sqlite's own retry loop: without a busy handler this fails at once.
        var write = Task.Run(() => SQLitePCL.raw.sqlite3_exec(waiter.Handle, "INSERT INTO busy_probe VALUES (2)"));
        await Task.Delay(300);
        var finishedWhileLocked = write.IsCompleted;
        transaction.Commit();
        var result = await write;

        Assert.False(finishedWhileLocked);
        Assert.Equal(SQLitePCL.raw.SQLITE_OK, result);
        Assert.Equal(2, holder.ExecuteScalar<long>("SELECT COUNT(*) FROM busy_probe"));
    }

    private SqliteDatabase Migrated()
    {
        var database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath, "FULL"));
        database.Migrate();
        return database;
    }
}
