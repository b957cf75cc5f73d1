using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NetralBot.Bench.BroadcastLoad;

/// <summary>
/// A minimal Bot API on 127.0.0.1 (Kestrel, random port) that only accepts sendMessage and enforces Telegram's
/// broadcast limits the way a strict server would: a global sliding one-second window and one message per second per
/// chat. A send over either limit is refused with 429 and <c>retry_after</c>, and counted as a violation.
/// </summary>
public sealed class RateCheckingBotApi : IAsyncDisposable
{
    private static readonly long TicksPerSecond = Stopwatch.Frequency;

    private readonly WebApplication _app;
    private readonly int _globalLimit;
    private readonly object _gate = new();

    // Accept times (Stopwatch ticks) inside the last second, oldest first: the sliding window.
    private readonly Queue<long> _window = new();
    private readonly Dictionary<long, long> _lastAcceptByChat = [];
    private long _firstAccept = -1;
    private long _lastAccept = -1;

    private RateCheckingBotApi(WebApplication app, int globalLimit)
    {
        _app = app;
        _globalLimit = globalLimit;
    }

    /// <summary>http://127.0.0.1:PORT, for <c>Telegram:ApiBaseUrl</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Messages accepted (answered ok).</summary>
    public long Accepted { get; private set; }

    /// <summary>Sends refused because the global window already held <c>globalLimit</c> messages.</summary>
    public long GlobalViolations { get; private set; }

    /// <summary>Sends refused because the chat had a message less than a second before.</summary>
    public long PerChatViolations { get; private set; }

    /// <summary>Accepted messages to a chat that had already got one.</summary>
    public long Duplicates { get; private set; }

    /// <summary>The most messages accepted within any one-second window.</summary>
    public int PeakWindow { get; private set; }

    /// <summary>Distinct chats that got a message.</summary>
    public int DistinctChats { get { lock (_gate) { return _lastAcceptByChat.Count; } } }

    /// <summary>Time from the first to the last accepted message.</summary>
    public TimeSpan ActiveTime
    {
        get
        {
            lock (_gate)
            {
                return _firstAccept < 0 ? TimeSpan.Zero : TimeSpan.FromSeconds((double)(_lastAccept - _firstAccept) / TicksPerSecond);
            }
        }
    }

    /// <summary>Starts the server; <paramref name="globalLimit"/> is the most messages allowed in any one-second window.</summary>
    public static async Task<RateCheckingBotApi> StartAsync(int globalLimit)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--urls", "http://127.0.0.1:0"] });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new RateCheckingBotApi(app, globalLimit);
        app.MapPost("/bot{token}/{method}", (HttpContext http, string method) => api.HandleAsync(http, method));
        await app.StartAsync();
        api.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return api;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> HandleAsync(HttpContext http, string method)
    {
        if (method != "sendMessage")
        {
            return Error(404, "Not Found: method not found");
        }

        long chatId;
        using (var body = await JsonDocument.ParseAsync(http.Request.Body))
        {
            var chat = body.RootElement.GetProperty("chat_id");
            chatId = chat.ValueKind == JsonValueKind.Number ? chat.GetInt64() : long.Parse(chat.GetString()!, CultureInfo.InvariantCulture);
        }

        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            while (_window.Count > 0 && now - _window.Peek() >= TicksPerSecond)
            {
                _window.Dequeue();
            }

            var seen = _lastAcceptByChat.TryGetValue(chatId, out var previous);
            if (seen && now - previous < TicksPerSecond)
            {
                PerChatViolations++;
                return Error(429, "Too Many Requests: retry after 1", 1);
            }

            if (_window.Count >= _globalLimit)
            {
                GlobalViolations++;
                return Error(429, "Too Many Requests: retry after 1", 1);
            }

            if (seen)
            {
                Duplicates++;
            }

            _window.Enqueue(now);
            PeakWindow = Math.Max(PeakWindow, _window.Count);
            _lastAcceptByChat[chatId] = now;
            Accepted++;
            if (_firstAccept < 0)
            {
                _firstAccept = now;
            }

            _lastAccept = now;
        }

        return Results.Text(
            "{\"ok\":true,\"result\":{\"message_id\":1,\"chat\":{\"id\":" + chatId.ToString(CultureInfo.InvariantCulture) + ",\"type\":\"private\"},\"date\":0,\"text\":\"x\"}}",
            "application/json");
    }

    private static IResult Error(int code, string description, int? retryAfter = null)
    {
        var parameters = retryAfter is null ? string.Empty : $",\"parameters\":{{\"retry_after\":{retryAfter.Value.ToString(CultureInfo.InvariantCulture)}}}";
        return Results.Text(
            $"{{\"ok\":false,\"error_code\":{code.ToString(CultureInfo.InvariantCulture)},\"description\":\"{description}\"{parameters}}}",
            "application/json",
            statusCode: code);
    }
}
