using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Channels;
using NetralBot.Bot.Hosting;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Subscribers;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Tests.Fakes;

/// <summary>The real <c>serve</c> host on 127.0.0.1, pointed at the fake Telegram API and a temp SQLite file.</summary>
internal sealed class BotUnderTest : IAsyncDisposable
{
    public const string ElectionId = "uji-2029";

    private BotUnderTest(WebApplication app, string baseUrl, FakeAnswerer answerer, RecordingRetryDelay delay, CapturingLoggerProvider logs)
    {
        Logs = logs;
        App = app;
        BaseUrl = baseUrl;
        Answerer = answerer;
        Delay = delay;
    }

    public WebApplication App { get; }

    public CapturingLoggerProvider Logs { get; }

    public string BaseUrl { get; }

    public FakeAnswerer Answerer { get; }

    public RecordingRetryDelay Delay { get; }

    public IPledgeStore Pledges => App.Services.GetRequiredService<IPledgeStore>();

    public ISubscriberStore Subscribers => App.Services.GetRequiredService<ISubscriberStore>();

    public static async Task<BotUnderTest> StartAsync(
        FakeTelegramServer telegram, TestContent content, string mode = "polling", string? secret = null, IReadOnlyDictionary<string, string?>? extra = null,
        Action<IServiceCollection>? configure = null)
    {
        var answerer = new FakeAnswerer();
        var delay = new RecordingRetryDelay();
        var logs = new CapturingLoggerProvider();
        var app = BotWebApplication.Create(
            ["--urls", "http://127.0.0.1:0"],
            new Dictionary<string, string?>(extra ?? new Dictionary<string, string?>())
            {
                ["Telegram:Token"] = FakeTelegramServer.Token,
                ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
                ["Telegram:Mode"] = mode,
                ["Telegram:WebhookSecret"] = secret,
                ["Telegram:PollingTimeoutSeconds"] = "1",
                ["Storage:Sqlite:Path"] = content.DatabasePath,
                ["Content:Path"] = content.ContentPath,
                ["Pledge:ElectionId"] = ElectionId,
            },
            services =>
            {
                services.AddSingleton<IQuestionAnswerer>(answerer);
                services.AddSingleton<IRetryDelay>(delay);
                services.AddSingleton<IBroadcastDelay>(delay);
                services.AddLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
                configure?.Invoke(services);
            });
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotUnderTest(app, url, answerer, delay, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
