using NetralBot.Bot.Channels;
using NetralBot.Bot.Common;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Channels.WhatsApp;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

public sealed class SqliteWhatsAppStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    private SqliteDatabase Database()
    {
        var database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath));
        database.Migrate();
        return database;
    }

    [Fact]
    public async Task Message_ids_are_marked_once_per_channel_kept_past_meta_s_7_day_retry_horizon_and_pruned_later()
    {
        IProcessedMessageStore store = new ProcessedIdStore(Database());
        Assert.True(await store.TryMarkAsync(Channel.WhatsApp, "wamid.A", Now.AddDays(-8)));
        Assert.False(await store.TryMarkAsync(Channel.WhatsApp, "wamid.A", Now));
        Assert.True(await store.TryMarkAsync(Channel.Telegram, "wamid.A", Now.AddDays(-40)));

        IProcessedMessageStore reopened = new ProcessedIdStore(Database());
        Assert.Equal(1, await reopened.PruneAsync(Now - NetralBot.Bot.Channels.ProcessedIdPruningService.Retention));
        Assert.False(await reopened.TryMarkAsync(Channel.WhatsApp, "wamid.A", Now)); // 8 days old: still remembered

        await reopened.UnmarkAsync(Channel.WhatsApp, "wamid.A");
        Assert.True(await reopened.TryMarkAsync(Channel.WhatsApp, "wamid.A", Now));
    }

    [Fact]
    public async Task Inbox_keeps_raw_bytes_in_order_counts_failures_and_stops_taking_a_poisoned_payload()
    {
        var inbox = new WhatsAppInbox(Database());
        byte[] first = [0x7B, 0x00, 0xFF, 0x7D];
        var a = await inbox.AddAsync(first, Now);
        var b = await inbox.AddAsync("{}"u8.ToArray(), Now);
        var pending = await inbox.PendingAsync(10);
        Assert.Equal([a, b], pending.Select(p => p.Id));
        Assert.Equal(first, pending[0].Payload);
        Assert.Equal(Now, pending[0].ReceivedAt);

        await inbox.CompleteAsync(b);
        for (var i = 0; i < IWhatsAppInbox.MaxAttempts - 1; i++)
        {
            await inbox.FailAsync(a, "boom");
        }

        Assert.Equal(IWhatsAppInbox.MaxAttempts - 1, Assert.Single(await inbox.PendingAsync(10)).Attempts);
        await inbox.FailAsync(a, "boom");
        Assert.Empty(await inbox.PendingAsync(10));
    }

    [Fact]
    public async Task Undeliverable_failures_count_up_and_reset()
    {
        var store = new WhatsAppFailureStore(Database());
        Assert.Equal(1, await store.RecordUndeliverableAsync("628", 131026, Now));
        Assert.Equal(2, await store.RecordUndeliverableAsync("628", 131026, Now));
        Assert.Equal(1, await store.RecordUndeliverableAsync("629", 131026, Now));
        await store.ResetAsync("628");
        Assert.Equal(1, await store.RecordUndeliverableAsync("628", 131026, Now));
    }
}
