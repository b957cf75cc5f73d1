using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Channels;
using NetralBot.Bot.Channels.WhatsApp;
using NetralBot.Bot.Hosting;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Subscribers;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Tests.Fakes;

/// <summary>
/// The real <c>serve</c> host with only WhatsApp configured (Telegram optional), on 127.0.0.1, pointed at the fake
/// Graph API and a temp SQLite file; posts webhook payloads signed like Meta does.
/// </summary>
internal sealed class WhatsAppBotUnderTest : IAsyncDisposable
{
    public const string ElectionId = BotUnderTest.ElectionId;
    public const string AppSecret = "test-app-secret-0123456789";
    public const string VerifyToken = "verify-token-uji";

    private WhatsAppBotUnderTest(WebApplication app, string baseUrl, FakeGraphApiServer graph, FakeAnswerer answerer, RecordingRetryDelay delay, CapturingLoggerProvider logs)
    {
        App = app;
        Graph = graph;
        Answerer = answerer;
        Delay = delay;
        Logs = logs;
        Http = new HttpClient { BaseAddress = new Uri(baseUrl) };
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public FakeGraphApiServer Graph { get; }

    public FakeAnswerer Answerer { get; }

    /// <summary>The waits asked by the WhatsApp client and the broadcast engine, recorded instead of slept.</summary>
    public RecordingRetryDelay Delay { get; }

    public IBroadcastStore Broadcasts => App.Services.GetRequiredService<IBroadcastStore>();

    public CapturingLoggerProvider Logs { get; }

    public IPledgeStore Pledges => App.Services.GetRequiredService<IPledgeStore>();

    public ISubscriberStore Subscribers => App.Services.GetRequiredService<ISubscriberStore>();

    public IWhatsAppInbox Inbox => App.Services.GetRequiredService<IWhatsAppInbox>();

    /// <summary>Starts the host; <paramref name="processInbox"/> false leaves out the inbox worker, as if the process died right after answering 200.</summary>
    public static async Task<WhatsAppBotUnderTest> StartAsync(
        FakeGraphApiServer graph,
        TestContent content,
        IReadOnlyDictionary<string, string?>? extra = null,
        bool processInbox = true,
        FakeTelegramServer? telegram = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var answerer = new FakeAnswerer();
        var delay = new RecordingRetryDelay();
        var logs = new CapturingLoggerProvider();
        var settings = new Dictionary<string, string?>
        {
            ["WhatsApp:AccessToken"] = FakeGraphApiServer.AccessToken,
            ["WhatsApp:AppSecret"] = AppSecret,
            ["WhatsApp:VerifyToken"] = VerifyToken,
            ["WhatsApp:PhoneNumberId"] = FakeGraphApiServer.PhoneNumberId,
            ["WhatsApp:ApiBaseUrl"] = graph.BaseUrl,
            ["WhatsApp:ApiVersion"] = FakeGraphApiServer.Version,
            ["Storage:Sqlite:Path"] = content.DatabasePath,
            ["Content:Path"] = content.ContentPath,
            ["Pledge:ElectionId"] = ElectionId,
        };
        if (telegram is not null)
        {
            settings["Telegram:Token"] = FakeTelegramServer.Token;
            settings["Telegram:ApiBaseUrl"] = telegram.BaseUrl;
            settings["Telegram:PollingTimeoutSeconds"] = "1";
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = BotWebApplication.Create(
            ["--urls", "http://127.0.0.1:0"],
            settings,
            services =>
            {
                services.AddSingleton<IQuestionAnswerer>(answerer);
                services.AddSingleton<IRetryDelay>(delay);
                services.AddSingleton<IBroadcastDelay>(delay);
                services.AddLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
                if (!processInbox)
                {
                    var worker = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(WhatsAppInboxService));
                    services.Remove(worker);
                }

                configureServices?.Invoke(services);
            });
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WhatsAppBotUnderTest(app, url, graph, answerer, delay, logs);
    }

    /// <summary>Posts <paramref name="body"/> with the signature Meta would send, or with <paramref name="signature"/> when given ("" for none).</summary>
    public async Task<HttpResponseMessage> PostRawAsync(byte[] body, string? signature = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, WhatsAppOptions.WebhookPath) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        signature ??= WhatsAppSignature.Sign(body, AppSecret);
        if (signature.Length > 0)
        {
            request.Headers.TryAddWithoutValidation(WhatsAppOptions.SignatureHeader, signature);
        }

        return await Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject payload, string? signature = null) =>
        PostRawAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), signature);

    /// <summary>Posts a signed payload and fails unless the webhook answered 200.</summary>
    public async Task DeliverAsync(JsonObject payload)
    {
        using var response = await PostAsync(payload);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>
    /// <paramref name="user"/> writes <paramref name="text"/>, sent at <paramref name="sentAt"/> (now by default; that
    /// time opens the 24-hour window); returns the replies once <paramref name="expectedReplies"/> arrived.
    /// </summary>
    public async Task<IReadOnlyList<GraphMessage>> SayAsync(string user, string text, DateTimeOffset? sentAt = null, int expectedReplies = 1)
    {
        var before = Graph.SentTo(user).Count;
        await DeliverAsync(WhatsAppPayloads.Text(user, text, timestamp: (sentAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds()));
        return (await Graph.WaitForMessagesAsync(user, before + expectedReplies)).Skip(before).ToList();
    }

    /// <summary>Queues a broadcast to everyone as the CLI does (actor <c>cli</c>, super role); returns its id and recipient count.</summary>
    public Task<(long JobId, long Recipients)> QueueAsync(string text, string? reminderKind = null, BroadcastTarget? target = null) =>
        App.Services.GetRequiredService<BroadcastQueue>().QueueAsync("cli", AdminRole.Super, text, target ?? BroadcastTarget.All, null, reminderKind);

    /// <summary>Polls until the running <c>serve</c> finished the job; returns its final counts.</summary>
    public async Task<BroadcastCounts> WaitForJobAsync(long jobId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var job = await Broadcasts.FindAsync(jobId);
            if (job?.Status == BroadcastJobStatus.Done)
            {
                return await Broadcasts.CountsAsync(jobId);
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"broadcast {jobId} is {job?.Status}: {await Broadcasts.CountsAsync(jobId)}; rejections: {string.Join(" | ", Graph.Rejections)}");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
