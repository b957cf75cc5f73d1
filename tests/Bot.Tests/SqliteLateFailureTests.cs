using NetralBot.Bot.Common;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Bot.Tests.Storage;

namespace NetralBot.Bot.Tests;

/// <summary><see cref="BroadcastStore.RecordLateFailureAsync"/> and migration 7 on a real SQLite file.</summary>
public sealed class SqliteLateFailureTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2029, 2, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_late_failure_moves_only_a_sent_row_of_that_channel_and_message_id_and_only_once()
    {
        var database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath));
        database.Migrate();
        var subscribers = new SubscriberStore(database);
        await subscribers.TouchAsync(Channel.WhatsApp, "6281700000001", "6281700000001", At);
        await subscribers.TouchAsync(Channel.WhatsApp, "6281700000002", "6281700000002", At);
        await subscribers.TouchAsync(Channel.Telegram, "42", "42", At);
        var store = new BroadcastStore(database);
        var (jobId, recipients) = await store.CreateAsync("Apel", BroadcastTarget.All, "e1", "cli", At, At, null);
        Assert.Equal(3, recipients);
        var rows = (await store.PendingAsync(jobId, 0, 10)).ToDictionary(r => r.ChatId, r => r.Id);
        await Task.WhenAll(
            store.MarkDeliveryAsync(rows["6281700000001"], DeliveryStatus.Sent, null, At, "wamid.A"),
            store.MarkDeliveryAsync(rows["6281700000002"], DeliveryStatus.Sent, null, At, "wamid.B"),
            // Telegram passes no id; a same-looking id on another channel must never match.
            store.MarkDeliveryAsync(rows["42"], DeliveryStatus.Sent, null, At));

        Assert.True(await store.RecordLateFailureAsync(Channel.WhatsApp, "wamid.A", DeliveryStatus.OutsideWindow, "131047 Re-engagement message", At.AddMinutes(2)));
        // Redelivered, or failing again with another code: the row is no longer "sent", so nothing changes.
        Assert.False(await store.RecordLateFailureAsync(Channel.WhatsApp, "wamid.A", DeliveryStatus.OutsideWindow, "131047 Re-engagement message", At.AddMinutes(3)));
        Assert.False(await store.RecordLateFailureAsync(Channel.WhatsApp, "wamid.A", DeliveryStatus.Failed, "131026 Message undeliverable", At.AddMinutes(4)));
        Assert.False(await store.RecordLateFailureAsync(Channel.Telegram, "wamid.B", DeliveryStatus.Failed, "131026 Message undeliverable", At.AddMinutes(4)));
        Assert.False(await store.RecordLateFailureAsync(Channel.WhatsApp, "wamid.unknown", DeliveryStatus.Failed, "131026 Message undeliverable", At.AddMinutes(4)));

        Assert.Equal(new BroadcastCounts(0, 2, 0, 0, 1), await store.CountsAsync(jobId));
        Assert.True(await store.RecordLateFailureAsync(Channel.WhatsApp, "wamid.B", DeliveryStatus.Failed, "131026 Message undeliverable", At.AddMinutes(5)));
        Assert.Equal(new BroadcastCounts(0, 1, 1, 0, 1), await store.CountsAsync(jobId));

        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT error, updated_at FROM broadcast_deliveries WHERE id = $id";
        command.Parameters.AddWithValue("$id", rows["6281700000001"]);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("131047 Re-engagement message", reader.GetString(0));
        Assert.Equal(At.AddMinutes(2), StoreDatabase.ReadTime(reader, 1));
    }

    [Fact]
    public async Task Rows_sent_before_migration_7_have_no_message_id_and_no_status_callback_moves_them()
    {
        // The migrations before 7, then a job sent by the old code.
        var database = await EarlierSchema.SqliteAsync(
            _content.DatabasePath,
            version => version < 7,
            """
            INSERT INTO broadcast_jobs(id, text, target_kind, election_id, created_by, created_at, scheduled_at, status)
            VALUES (1, 'Apel', 'All', 'e1', 'cli', '2029-01-01T00:00:00.0000000Z', '2029-01-01T00:00:00.0000000Z', 'done');
            INSERT INTO broadcast_deliveries(job_id, channel, chat_id, status) VALUES (1, 'whatsapp', '6281700000001', 'sent');
            """);
        database.Migrate();

        var store = new BroadcastStore(database);
        Assert.False(await store.RecordLateFailureAsync(Channel.WhatsApp, "wamid.A", DeliveryStatus.OutsideWindow, "131047 Re-engagement message", At));
        Assert.Equal(new BroadcastCounts(0, 1, 0, 0, 0), await store.CountsAsync(1));
    }

    [Fact]
    public async Task A_status_callback_finds_its_row_through_the_partial_index_of_migration_7()
    {
        var database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath));
        database.Migrate();
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        // The store's lookup; with a million rows a scan per status callback would hold the write lock for long.
        command.CommandText = """
            EXPLAIN QUERY PLAN UPDATE broadcast_deliveries SET status = 'failed'
            WHERE channel = 'whatsapp' AND platform_message_id = 'wamid.A' AND status = 'sent'
            """;
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        Assert.Contains(plan, step => step.Contains("ix_broadcast_deliveries_platform_message", StringComparison.Ordinal));
    }
}
