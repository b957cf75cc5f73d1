using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Channels.WhatsApp;
using NetralBot.Bot.Common;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Tests;

/// <summary>
/// Through the real <c>serve</c> host: the Cloud API accepts a broadcast (the row is <c>sent</c> with its wamid), then
/// a signed status webhook says it failed after all; the row moves to <c>outside_window</c> (131047) or <c>failed</c>,
/// once, and <c>broadcast status</c>'s live counts show it.
/// </summary>
public sealed class WhatsAppLateFailureTests : IAsyncLifetime
{
    private const string Recent = "6281600000001";
    private const string Text = "Masa tenang dimulai besok: tetap netral, ya.";

    private FakeGraphApiServer _graph = null!;
    private readonly TestContent _content = new();

    public async Task InitializeAsync() => _graph = await FakeGraphApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _graph.DisposeAsync();
        _content.Dispose();
    }

    /// <summary>Recent wrote an hour ago, so the broadcast goes as free text; returns the job and the broadcast's wamid.</summary>
    private async Task<(long JobId, string MessageId)> BroadcastAcceptedAsync(WhatsAppBotUnderTest bot)
    {
        await bot.SayAsync(Recent, "halo", DateTimeOffset.UtcNow.AddHours(-1));
        var (jobId, _) = await bot.QueueAsync(Text, ReminderKinds.MasaTenang);
        Assert.Equal(new BroadcastCounts(0, 1, 0, 0, 0), await bot.WaitForJobAsync(jobId));
        var sent = Assert.Single(_graph.SentTo(Recent), m => m.Text == Text);
        Assert.Equal("text", sent.Type);
        // The row keeps the wamid's digest, never the wamid (it encodes the recipient's number); the callback matches it.
        Assert.Equal(("sent", WhatsAppMessageIdDigest.Of(sent.Id)), await RowAsync(jobId));
        return (jobId, sent.Id);
    }

    /// <summary>Posts signed payloads and waits until the inbox worker processed them all.</summary>
    private static async Task DeliverAllAsync(WhatsAppBotUnderTest bot, params System.Text.Json.Nodes.JsonObject[] payloads)
    {
        foreach (var payload in payloads)
        {
            await bot.DeliverAsync(payload);
        }

        await WhatsAppWebhookTests.WaitUntilAsync(async () => (await bot.Inbox.PendingAsync(10)).Count == 0);
    }

    /// <summary>The status and stored platform message id of the job's only row, read straight from SQLite.</summary>
    private async Task<(string Status, string? MessageId)> RowAsync(long jobId)
    {
        var row = await ErrorRowAsync(jobId);
        return (row.Status, row.MessageId);
    }

    private async Task<(string Status, string? MessageId, string? Error)> ErrorRowAsync(long jobId)
    {
        var database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath));
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status, platform_message_id, error FROM broadcast_deliveries WHERE job_id = $job";
        command.Parameters.AddWithValue("$job", jobId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var row = (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
        Assert.False(await reader.ReadAsync());
        return row;
    }

    [Fact]
    public async Task A_failed_131047_status_after_acceptance_makes_the_row_outside_window_once()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content);
        var (jobId, wamid) = await BroadcastAcceptedAsync(bot);

        await DeliverAllAsync(bot, WhatsAppPayloads.Status(Recent, wamid, "failed", 131047, "Re-engagement message"));

        var counts = await bot.Broadcasts.CountsAsync(jobId);
        Assert.Equal(new BroadcastCounts(0, 0, 0, 0, 1), counts);
        var row = await ErrorRowAsync(jobId);
        Assert.Equal("outside_window", row.Status);
        Assert.Contains("131047", row.Error);
        // `broadcast status ID` reads these live counts after the job's report was sent.
        Assert.Contains("\noutside_window 1", BroadcastTexts.Status((await bot.Broadcasts.FindAsync(jobId))!, counts));

        // Meta redelivers statuses; a later failure of the same message does not move the row again either.
        await DeliverAllAsync(
            bot,
            WhatsAppPayloads.Status(Recent, wamid, "failed", 131047, "Re-engagement message"),
            WhatsAppPayloads.Status(Recent, wamid, "failed", 131026));
        Assert.Equal(new BroadcastCounts(0, 0, 0, 0, 1), await bot.Broadcasts.CountsAsync(jobId));
        Assert.Equal(row, await ErrorRowAsync(jobId));
        Assert.Empty(_graph.Rejections);
    }

    [Fact]
    public async Task A_failed_131026_status_after_acceptance_makes_the_row_failed()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content);
        var (jobId, wamid) = await BroadcastAcceptedAsync(bot);

        await DeliverAllAsync(bot, WhatsAppPayloads.Status(Recent, wamid, "failed", 131026));

        Assert.Equal(new BroadcastCounts(0, 0, 1, 0, 0), await bot.Broadcasts.CountsAsync(jobId));
        var row = await ErrorRowAsync(jobId);
        Assert.Equal("failed", row.Status);
        Assert.Contains("131026", row.Error);
        // One undeliverable callback is not yet a reason to give up on the subscriber.
        Assert.True((await bot.Subscribers.FindAsync(Channel.WhatsApp, Recent))!.IsActive);
    }

    [Fact]
    public async Task Delivered_and_read_statuses_and_failures_of_other_messages_change_nothing()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content);
        var (jobId, wamid) = await BroadcastAcceptedAsync(bot);
        var reply = _graph.SentTo(Recent).First(m => m.Text != Text);

        await DeliverAllAsync(
            bot,
            WhatsAppPayloads.Status(Recent, wamid, "sent"),
            WhatsAppPayloads.Status(Recent, wamid, "delivered"),
            WhatsAppPayloads.Status(Recent, wamid, "read"),
            // An unknown wamid, and the conversation reply to "halo": neither is a broadcast row.
            WhatsAppPayloads.Status(Recent, "wamid.unknown-1", "failed", 131047, "Re-engagement message"),
            WhatsAppPayloads.Status(Recent, reply.Id, "failed", 131026));

        Assert.Equal(new BroadcastCounts(0, 1, 0, 0, 0), await bot.Broadcasts.CountsAsync(jobId));
        Assert.Equal(("sent", WhatsAppMessageIdDigest.Of(wamid)), await RowAsync(jobId));
    }
}
