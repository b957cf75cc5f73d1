using NetralBot.Bot.Common;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Bot.Tests.Storage;
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
        // Every migration but 6, then data written by the old code.
        var database = await EarlierSchema.SqliteAsync(
            _content.DatabasePath,
            version => version is not 6 and < 8,
            """
            INSERT INTO subscribers(channel, chat_id, user_id, is_active, last_seen_at) VALUES ('telegram', '1', '1', 1, '2029-01-01T00:00:00.0000000Z');
            INSERT INTO broadcast_jobs(text, target_kind, target_agency, election_id, created_by, created_at, scheduled_at, status)
            VALUES ('Apel', 'Instansi', 'BKN', 'e1', 'cli', '2029-01-01T00:00:00.0000000Z', '2029-02-01T00:00:00.0000000Z', 'queued');
            """);
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
