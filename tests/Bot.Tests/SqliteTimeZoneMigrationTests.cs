using NetralBot.Bot.Common;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Tests;

/// <summary>Migration 6 on a database that already holds subscribers and a queued job from before it.</summary>
public sealed class SqliteTimeZoneMigrationTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Rows_from_before_migration_6_read_back_unzoned_and_subscribers_without_a_zone_count_as_wib()
    {
        var database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath));
        await using (var connection = await database.OpenAsync())
        {
            await using var command = connection.CreateCommand();
            // Every migration but 6, recorded as Migrate records them, then data written by the old code.
            command.CommandText = "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);"
                + string.Concat(SqliteMigrations.All.Where(m => m.Version is not 6 and < 8).Select(m => m.Sql + $"\nINSERT INTO schema_migrations VALUES ({m.Version}, '{m.Name}', '2029-01-01');\n"))
                + """
                INSERT INTO subscribers(channel, chat_id, user_id, is_active, last_seen_at) VALUES ('telegram', '1', '1', 1, '2029-01-01T00:00:00.0000000Z');
                INSERT INTO broadcast_jobs(text, target_kind, target_agency, election_id, created_by, created_at, scheduled_at, status)
                VALUES ('Apel', 'Instansi', 'BKN', 'e1', 'cli', '2029-01-01T00:00:00.0000000Z', '2029-02-01T00:00:00.0000000Z', 'queued');
                """;
            await command.ExecuteNonQueryAsync();
        }

        database.Migrate();

        var store = new BroadcastStore(database);
        var job = Assert.Single(await store.ListQueuedAsync());
        Assert.Equal(BroadcastTarget.ForAgency("BKN"), job.Target);
        Assert.Equal("instansi:BKN", job.Target.ToString());
        Assert.Null((await new SubscriberStore(database).FindAsync(Channel.Telegram, "1"))!.TimeZone);
        Assert.Equal(1, await store.CountRecipientsAsync(BroadcastTarget.All.InZone(IndonesianTimeZone.Wib), "e1"));
        Assert.Equal(0, await store.CountRecipientsAsync(BroadcastTarget.All.InZone(IndonesianTimeZone.Wita), "e1"));
        Assert.Equal(1, await store.CountRecipientsAsync(BroadcastTarget.All, "e1"));
    }
}
