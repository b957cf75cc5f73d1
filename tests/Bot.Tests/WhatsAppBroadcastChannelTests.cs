using Microsoft.Extensions.Logging.Abstractions;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Channels.WhatsApp;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Tests;

/// <summary>The WhatsApp broadcast adapter against the fake Graph API, without the delivery engine.</summary>
public sealed class WhatsAppBroadcastChannelTests : IAsyncLifetime
{
    private const string Recent = "6281400000001";
    private const string Stale = "6281400000002";
    private const string Unknown = "6281400000003";
    private static readonly DateTimeOffset Now = new(2029, 2, 1, 8, 0, 0, TimeSpan.Zero);

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
        await _subscribers.TouchAsync(Common.Channel.WhatsApp, Recent, Recent, Now - TimeSpan.FromHours(3));
        await _subscribers.TouchAsync(Common.Channel.WhatsApp, Stale, Stale, Now - TimeSpan.FromHours(30));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _graph.DisposeAsync();
        _content.Dispose();
    }

    private WhatsAppBroadcastChannel Channel(Dictionary<string, string>? templates = null)
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
            RatePerSecond = 40,
        };
        var client = new WhatsAppApiClient(_http, options, WhatsAppRetryOptions.SingleAttempt, new RecordingRetryDelay(), NullLogger<WhatsAppApiClient>.Instance);
        return new WhatsAppBroadcastChannel(client, options, _subscribers, new FixedTime(Now), NullLogger<WhatsAppBroadcastChannel>.Instance);
    }

    private static BroadcastMessage Reminder(string text = "Besok masa tenang.\nTetap netral, ya.") => new(7, text, ReminderKinds.MasaTenang);

    [Fact]
    public void Limits_come_from_the_options_and_the_pair_rate()
    {
        var channel = Channel();
        Assert.Equal(Common.Channel.WhatsApp, channel.Channel);
        Assert.Equal(new BroadcastChannelLimits(40, TimeSpan.FromSeconds(6)), channel.Limits);
    }

    [Fact]
    public async Task Inside_the_window_sends_free_text()
    {
        var outcome = await Channel(new() { [ReminderKinds.MasaTenang] = "pengingat_masa_tenang" }).DeliverAsync(Reminder(), Recent, CancellationToken.None);
        var sent = Assert.Single(_graph.SentTo(Recent));
        // The wamid's digest goes back to the engine, so a later "failed" status callback can find the row without the
        // row holding the wamid (it encodes the recipient's number).
        Assert.Equal(DeliveryOutcome.SentWithId(WhatsAppMessageIdDigest.Of(sent.Id)), outcome);
        Assert.StartsWith("wamid.", sent.Id);
        Assert.Matches("^[0-9a-f]{64}$", outcome.MessageId);
        Assert.Equal("text", sent.Type);
        Assert.Equal("Besok masa tenang.\nTetap netral, ya.", sent.Text);
    }

    [Fact]
    public async Task Outside_the_window_sends_the_template_of_the_reminder_kind_with_the_text_as_its_parameter()
    {
        var outcome = await Channel(new() { [ReminderKinds.MasaTenang] = "pengingat_masa_tenang", ["default"] = "pengumuman" })
            .DeliverAsync(Reminder("Besok masa tenang.\n\nTetap   netral,\tya."), Stale, CancellationToken.None);
        var sent = Assert.Single(_graph.SentTo(Stale));
        Assert.Equal(DeliveryOutcome.SentWithId(WhatsAppMessageIdDigest.Of(sent.Id)), outcome);
        Assert.Equal("template", sent.Type);
        Assert.Equal("pengingat_masa_tenang", sent.TemplateName);
        Assert.Equal("id", sent.TemplateLanguage);
        Assert.Equal(["Besok masa tenang. Tetap netral, ya."], sent.TemplateParameters);
    }

    [Fact]
    public async Task Ad_hoc_broadcast_outside_the_window_uses_the_default_template_and_an_unknown_number_counts_as_outside()
    {
        var channel = Channel(new() { ["default"] = "pengumuman" });
        var outcome = await channel.DeliverAsync(new BroadcastMessage(8, "Apel pagi", null), Unknown, CancellationToken.None);
        var sent = Assert.Single(_graph.SentTo(Unknown));
        Assert.Equal(DeliveryOutcome.SentWithId(WhatsAppMessageIdDigest.Of(sent.Id)), outcome);
        Assert.Equal("pengumuman", sent.TemplateName);
    }

    [Fact]
    public async Task Outside_the_window_without_a_template_is_reported_and_nothing_is_sent()
    {
        var outcome = await Channel(new() { ["default"] = "pengumuman" }).DeliverAsync(Reminder(), Stale, CancellationToken.None);
        Assert.Equal(DeliveryOutcomeKind.OutsideWindow, outcome.Kind);
        Assert.Contains("WhatsApp:Templates:" + ReminderKinds.MasaTenang, outcome.Detail);
        Assert.Equal(0, _graph.Calls);
    }

    [Fact]
    public async Task Re_engagement_error_is_outside_window_without_a_template_and_falls_back_to_the_template_with_one()
    {
        _graph.InjectFault(Recent, new GraphFault(400, 131047, "Re-engagement message"));
        var outcome = await Channel().DeliverAsync(Reminder(), Recent, CancellationToken.None);
        Assert.Equal(DeliveryOutcomeKind.OutsideWindow, outcome.Kind);
        Assert.Contains("131047", outcome.Detail);

        _graph.InjectFault(Recent, new GraphFault(400, 131047, "Re-engagement message"));
        var withTemplate = await Channel(new() { [ReminderKinds.MasaTenang] = "pengingat_masa_tenang" }).DeliverAsync(Reminder(), Recent, CancellationToken.None);
        var sent = Assert.Single(_graph.SentTo(Recent));
        Assert.Equal(DeliveryOutcome.SentWithId(WhatsAppMessageIdDigest.Of(sent.Id)), withTemplate);
        Assert.Equal("pengingat_masa_tenang", sent.TemplateName);
    }

    [Theory]
    [InlineData(400, 130429, nameof(DeliveryOutcomeKind.RateLimited), 5)]
    [InlineData(400, 80007, nameof(DeliveryOutcomeKind.RateLimited), 5)]
    [InlineData(400, 131056, nameof(DeliveryOutcomeKind.RateLimited), 30)]
    [InlineData(500, 131000, nameof(DeliveryOutcomeKind.Transient), 0)]
    [InlineData(503, 2, nameof(DeliveryOutcomeKind.Transient), 0)]
    [InlineData(400, 131026, nameof(DeliveryOutcomeKind.Failed), 0)]
    [InlineData(403, 200, nameof(DeliveryOutcomeKind.Failed), 0)]
    [InlineData(400, 100, nameof(DeliveryOutcomeKind.Failed), 0)]
    public async Task Api_errors_map_to_what_the_engine_does_next_after_one_attempt(int status, int code, string kind, int waitSeconds)
    {
        _graph.InjectFault(Recent, new GraphFault(status, code, "fault " + code));
        var outcome = await Channel().DeliverAsync(Reminder(), Recent, CancellationToken.None);
        Assert.Equal(Enum.Parse<DeliveryOutcomeKind>(kind), outcome.Kind);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), outcome.Detail);
        Assert.Equal(waitSeconds == 0 ? null : TimeSpan.FromSeconds(waitSeconds), outcome.RetryAfter);
        Assert.Equal(1, _graph.Calls); // the engine retries, not the adapter
        Assert.Empty(_graph.SentTo(Recent));
    }

    [Fact]
    public async Task Network_failure_is_transient()
    {
        var port = new Uri(_graph.BaseUrl).Port;
        await _graph.DisposeAsync();
        _graph = await FakeGraphApiServer.StartAsync(); // a fresh one for DisposeAsync; the channel below points at the dead port
        var options = WhatsAppOptions.Disabled with
        {
            AccessToken = "t",
            AppSecret = "s",
            VerifyToken = "v",
            PhoneNumberId = "1",
            ApiBaseUrl = $"http://127.0.0.1:{port}",
        };
        var client = new WhatsAppApiClient(_http, options, WhatsAppRetryOptions.SingleAttempt, new RecordingRetryDelay(), NullLogger<WhatsAppApiClient>.Instance);
        var channel = new WhatsAppBroadcastChannel(client, options, _subscribers, new FixedTime(Now), NullLogger<WhatsAppBroadcastChannel>.Instance);
        var outcome = await channel.DeliverAsync(Reminder(), Recent, CancellationToken.None);
        Assert.Equal(DeliveryOutcomeKind.Transient, outcome.Kind);
    }

    [Fact]
    public void Template_parameter_is_folded_to_one_line_and_shortened()
    {
        Assert.Equal("a b c", WhatsAppBroadcastChannel.TemplateParameterText(" a\r\n\n b \t  c "));
        var longText = string.Join(' ', Enumerable.Repeat("netral", 300));
        var folded = WhatsAppBroadcastChannel.TemplateParameterText(longText);
        Assert.True(folded.Length <= WhatsAppBroadcastChannel.MaxTemplateParameter);
        Assert.EndsWith("…", folded);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
