using Microsoft.Extensions.Logging.Abstractions;
using NetralBot.Bot.Common;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Channels.WhatsApp;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

/// <summary>The WhatsApp admin notifier against the fake Graph API: the 24-hour rule applies to reports too.</summary>
public sealed class WhatsAppAdminNotifierTests : IAsyncLifetime
{
    private const string RecentAdmin = "6281800000001";
    private const string StaleAdmin = "6281800000002";
    private const string Report = "Siaran #4 selesai dalam 3 detik.\nTerkirim: 2\nGagal: 0\nDiblokir: 0";

    private readonly TestContent _content = new();
    private readonly HttpClient _http = new();
    private FakeGraphApiServer _graph = null!;
    private SubscriberStore _subscribers = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphApiServer.StartAsync();
        var database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath, "NORMAL"));
        database.Migrate();
        _subscribers = new SubscriberStore(database);
        await _subscribers.TouchAsync(Channel.WhatsApp, RecentAdmin, RecentAdmin, DateTimeOffset.UtcNow.AddMinutes(-10));
        await _subscribers.TouchAsync(Channel.WhatsApp, StaleAdmin, StaleAdmin, DateTimeOffset.UtcNow.AddDays(-3));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _graph.DisposeAsync();
        _content.Dispose();
    }

    private WhatsAppAdminNotifier Notifier(Dictionary<string, string>? templates = null)
    {
        var options = WhatsAppOptions.Disabled with
        {
            AccessToken = FakeGraphApiServer.AccessToken,
            AppSecret = "s",
            VerifyToken = "v",
            PhoneNumberId = FakeGraphApiServer.PhoneNumberId,
            ApiBaseUrl = _graph.BaseUrl,
            ApiVersion = FakeGraphApiServer.Version,
            Templates = templates ?? [],
        };
        var client = new WhatsAppApiClient(_http, options, WhatsAppRetryOptions.Default, new RecordingRetryDelay(), NullLogger<WhatsAppApiClient>.Instance);
        return new WhatsAppAdminNotifier(client, options, _subscribers, TimeProvider.System);
    }

    [Fact]
    public async Task Inside_the_window_the_report_is_free_text()
    {
        var notifier = Notifier();
        Assert.Equal(Channel.WhatsApp, notifier.Channel);
        await notifier.NotifyAsync(RecentAdmin, Report, CancellationToken.None);
        var sent = Assert.Single(_graph.SentTo(RecentAdmin));
        Assert.Equal("text", sent.Type);
        Assert.Equal(Report, sent.Text);
    }

    [Fact]
    public async Task Outside_the_window_the_report_goes_as_the_default_template()
    {
        await Notifier(new() { ["default"] = "pengumuman_netralitas" }).NotifyAsync(StaleAdmin, Report, CancellationToken.None);
        var sent = Assert.Single(_graph.SentTo(StaleAdmin));
        Assert.Equal("pengumuman_netralitas", sent.TemplateName);
        Assert.Equal("id", sent.TemplateLanguage);
        Assert.Equal(["Siaran #4 selesai dalam 3 detik. Terkirim: 2 Gagal: 0 Diblokir: 0"], sent.TemplateParameters);
    }

    [Fact]
    public async Task Outside_the_window_without_a_default_template_it_throws_and_sends_nothing()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Notifier().NotifyAsync(StaleAdmin, Report, CancellationToken.None));
        Assert.Contains("WhatsApp:Templates:default", error.Message);
        Assert.Equal(0, _graph.Calls);
    }

    [Fact]
    public async Task A_re_engagement_answer_inside_the_recorded_window_falls_back_to_the_template()
    {
        _graph.InjectFault(RecentAdmin, new GraphFault(400, 131047, "Re-engagement message"));
        await Notifier(new() { ["default"] = "pengumuman_netralitas" }).NotifyAsync(RecentAdmin, Report, CancellationToken.None);
        Assert.Equal("pengumuman_netralitas", Assert.Single(_graph.SentTo(RecentAdmin)).TemplateName);
    }
}
