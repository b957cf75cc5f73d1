using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

/// <summary>One <c>serve</c> with Telegram and WhatsApp: one broadcast job, each recipient on their own channel.</summary>
public sealed class MixedChannelBroadcastTests : IAsyncLifetime
{
    private const long TelegramUser = 501;
    private const string WhatsAppRecent = "6281700000001";
    private const string WhatsAppStale = "6281700000002";
    private const string Text = "Apel netralitas Senin pukul 07.30";

    private FakeGraphApiServer _graph = null!;
    private FakeTelegramServer _telegram = null!;
    private readonly TestContent _content = new();

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphApiServer.StartAsync();
        _telegram = await FakeTelegramServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
        await _graph.DisposeAsync();
        _content.Dispose();
    }

    [Fact]
    public async Task A_broadcast_to_telegram_and_whatsapp_subscribers_reaches_each_once_on_their_own_channel()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(
            _graph, _content, new Dictionary<string, string?> { ["WhatsApp:Templates:default"] = "pengumuman_netralitas" }, telegram: _telegram);
        _telegram.EnqueueText(TelegramUser, "halo");
        await _telegram.WaitForMessagesAsync(TelegramUser, 1);
        await bot.SayAsync(WhatsAppRecent, "halo");
        await bot.SayAsync(WhatsAppStale, "halo", DateTimeOffset.UtcNow.AddHours(-30));

        var (jobId, recipients) = await bot.QueueAsync(Text);
        Assert.Equal(3, recipients);
        Assert.Equal(new BroadcastCounts(0, 3, 0, 0, 0), await bot.WaitForJobAsync(jobId));

        Assert.Single(_telegram.Sent, m => m.Text == Text);
        Assert.Equal(TelegramUser, _telegram.Sent.Single(m => m.Text == Text).ChatId);
        Assert.Single(_graph.SentTo(WhatsAppRecent), m => m.Type == "text" && m.Text == Text);
        Assert.Single(_graph.SentTo(WhatsAppStale), m => m.Type == "template" && m.TemplateParameters.SequenceEqual([Text]));
        // Nothing crossed over: no Telegram chat id went to the Graph API, and the Graph API got nothing else for this job.
        Assert.Empty(_graph.SentTo(TelegramUser.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(2, _graph.Sent.Count(m => m.Text == Text || m.Type == "template"));
        Assert.Empty(_graph.Rejections);
    }
}
