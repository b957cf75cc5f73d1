using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NetralBot.Bot.Tests.Fakes;

/// <summary>A message the bot sent to the fake API.</summary>
internal sealed record SentMessage(long ChatId, string Text, string? ParseMode, JsonNode? ReplyMarkup)
{
    public IReadOnlyList<string> ButtonData =>
        ReplyMarkup?["inline_keyboard"]?.AsArray().SelectMany(row => row!.AsArray()).Select(b => (string)b!["callback_data"]!).ToList() ?? [];
}

/// <summary>A failure the fake returns instead of success for the next send to a chat.</summary>
internal sealed record InjectedFault(int ErrorCode, string Description, int? RetryAfter = null);

/// <summary>
/// A Bot API look-alike on 127.0.0.1 (Kestrel, random port): getUpdates with offset semantics and long polling,
/// sendMessage with HTML entity checking and length limits, injectable 429/403/400, forced redelivery.
/// </summary>
internal sealed class FakeTelegramServer : IAsyncDisposable
{
    public const string Token = "123456:TEST-fake-token";

    private readonly WebApplication _app;
    private readonly object _gate = new();
    private readonly List<JsonObject> _pending = [];
    private readonly List<JsonObject> _forced = [];
    private readonly List<SentMessage> _sent = [];
    private readonly List<string> _calls = [];
    private readonly List<(long ChatId, TimeSpan At)> _acceptTimes = [];
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly ConcurrentDictionary<long, ConcurrentQueue<InjectedFault>> _faults = new();
    private SemaphoreSlim _signal = new(0);
    private long _nextUpdateId = 1000;
    private long _nextMessageId = 1;

    private FakeTelegramServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Runs before a sent message is accepted, e.g. to check what the bot had stored at that moment.</summary>
    public Func<SentMessage, Task>? BeforeAccept { get; set; }

    public IReadOnlyList<SentMessage> Sent { get { lock (_gate) { return _sent.ToList(); } } }

    public IReadOnlyList<string> Calls { get { lock (_gate) { return _calls.ToList(); } } }

    /// <summary>The command names of the last setMyCommands call, or null before one.</summary>
    public IReadOnlyList<string>? CommandMenu { get; private set; }

    /// <summary>When each message was accepted (monotonic clock), for checking rate limits.</summary>
    public IReadOnlyList<(long ChatId, TimeSpan At)> AcceptTimes { get { lock (_gate) { return _acceptTimes.ToList(); } } }

    public static async Task<FakeTelegramServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--urls", "http://127.0.0.1:0"] });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeTelegramServer(app);
        app.MapPost("/bot{token}/{method}", (HttpContext http, string token, string method) => server.HandleAsync(http, token, method));
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public long EnqueueText(long chatId, string? text, long? userId = null) =>
        Enqueue(id => new JsonObject
        {
            ["update_id"] = id,
            ["message"] = Message(chatId, userId ?? chatId, text is null ? null : JsonValue.Create(text)),
        });

    public long EnqueueCallback(long chatId, string data, long? userId = null) =>
        Enqueue(id => new JsonObject
        {
            ["update_id"] = id,
            ["callback_query"] = new JsonObject
            {
                ["id"] = "cb" + id,
                ["from"] = User(userId ?? chatId),
                ["message"] = Message(chatId, 999, JsonValue.Create("tombol")),
                ["chat_instance"] = "ci",
                ["data"] = data,
            },
        });

    /// <summary>Enqueues an arbitrary update body; the update_id is assigned here.</summary>
    public long EnqueueRaw(Func<long, JsonObject> build) => Enqueue(build);

    /// <summary>Hands an already delivered update out once more, whatever the offset (Telegram's at-least-once delivery).</summary>
    public void Redeliver(long updateId)
    {
        lock (_gate)
        {
            var update = _delivered.First(u => (long)u["update_id"]! == updateId);
            _forced.Add((JsonObject)update.DeepClone());
        }

        _signal.Release();
    }

    public void InjectFault(long chatId, InjectedFault fault) => _faults.GetOrAdd(chatId, _ => new()).Enqueue(fault);

    public async Task<IReadOnlyList<SentMessage>> WaitForMessagesAsync(long chatId, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var messages = Sent.Where(m => m.ChatId == chatId).ToList();
            if (messages.Count >= count)
            {
                return messages;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Chat {chatId}: expected {count} messages, got {messages.Count}: {string.Join(" | ", messages.Select(m => m.Text[..Math.Min(60, m.Text.Length)]))}");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private readonly List<JsonObject> _delivered = [];

    private long Enqueue(Func<long, JsonObject> build)
    {
        lock (_gate)
        {
            var id = ++_nextUpdateId;
            _pending.Add(build(id));
            _signal.Release();
            return id;
        }
    }

    private static JsonObject User(long id) => new() { ["id"] = id, ["is_bot"] = false, ["first_name"] = "Uji" };

    private JsonObject Message(long chatId, long userId, JsonNode? text)
    {
        var message = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _nextMessageId),
            ["from"] = User(userId),
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId < 0 ? "supergroup" : "private" }, // Telegram's group ids are negative
            ["date"] = 1_790_000_000,
        };
        if (text is not null)
        {
            message["text"] = text;
        }

        return message;
    }

    private async Task<IResult> HandleAsync(HttpContext http, string token, string method)
    {
        if (token != Token)
        {
            return Error(401, "Unauthorized");
        }

        lock (_gate)
        {
            _calls.Add(method);
        }

        JsonObject body;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync();
            body = new JsonObject();
            foreach (var field in form)
            {
                body[field.Key] = field.Value.ToString();
            }
        }
        else
        {
            body = (await JsonNode.ParseAsync(http.Request.Body))?.AsObject() ?? new JsonObject();
        }

        switch (method)
        {
            case "getMe":
                return Ok(new JsonObject { ["id"] = 123456, ["is_bot"] = true, ["first_name"] = "NetralBot", ["username"] = "netral_test_bot" });
            case "getUpdates":
                return Ok(await GetUpdatesAsync(body, http.RequestAborted));
            case "setMyCommands":
                CommandMenu = body["commands"]?.AsArray().Select(c => c!["command"]!.GetValue<string>()).ToList();
                return Ok(JsonValue.Create(true));
            case "deleteWebhook" or "setWebhook" or "answerCallbackQuery":
                return Ok(JsonValue.Create(true));
            case "sendMessage" or "editMessageText" or "sendDocument":
                return await Send(method, body);
            default:
                return Error(404, "Not Found: method not found");
        }
    }

    private async Task<JsonArray> GetUpdatesAsync(JsonObject body, CancellationToken aborted)
    {
        var offset = (long?)body["offset"];
        var limit = (int?)body["limit"] ?? 100;
        var timeout = Math.Min((int?)body["timeout"] ?? 0, 2);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(timeout);
        while (true)
        {
            lock (_gate)
            {
                if (offset is not null)
                {
                    _pending.RemoveAll(u => (long)u["update_id"]! < offset); // confirmed
                }

                var batch = _forced.Concat(_pending).Take(limit).ToList();
                _forced.Clear();
                if (batch.Count > 0)
                {
                    foreach (var update in batch)
                    {
                        if (!_delivered.Any(d => (long)d["update_id"]! == (long)update["update_id"]!))
                        {
                            _delivered.Add(update);
                        }
                    }

                    return new JsonArray(batch.Select(u => (JsonNode)u.DeepClone()).ToArray());
                }
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                return [];
            }

            try
            {
                await _signal.WaitAsync(left, aborted);
            }
            catch (OperationCanceledException)
            {
                return [];
            }
        }
    }

    private async Task<IResult> Send(string method, JsonObject body)
    {
        var chatId = long.Parse(body["chat_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        var text = (string?)body["text"] ?? (string?)body["caption"] ?? "";
        // The Bot API reads parse_mode case-insensitively (Telegram.Bot sends "Html"); normalize as the server does.
        var parseMode = (string?)body["parse_mode"] is { Length: > 0 } mode ? (mode.Equals("html", StringComparison.OrdinalIgnoreCase) ? "HTML" : mode) : null;
        if (_faults.TryGetValue(chatId, out var queue) && queue.TryPeek(out var fault)
            && (!fault.Description.Contains("can't parse entities", StringComparison.Ordinal) || parseMode == "HTML")
            && queue.TryDequeue(out fault))
        {
            return Error(fault.ErrorCode, fault.Description, fault.RetryAfter);
        }

        if (method == "sendMessage")
        {
            if (text.Length == 0)
            {
                return Error(400, "Bad Request: message text is empty");
            }

            if (text.Length > 4096 && parseMode is null)
            {
                return Error(400, "Bad Request: message is too long");
            }

            // The bot sends plain text escaped for HTML, never tags: any '<' is an unescaped character.
            if (parseMode == "HTML" && text.Contains('<'))
            {
                return Error(400, "Bad Request: can't parse entities: Unsupported start tag");
            }

            var visible = parseMode == "HTML" ? text.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&") : text;
            if (visible.Length > 4096)
            {
                return Error(400, "Bad Request: message is too long");
            }
        }

        var sent = new SentMessage(chatId, text, parseMode, body["reply_markup"]?.DeepClone());
        if (BeforeAccept is { } hook)
        {
            await hook(sent);
        }

        lock (_gate)
        {
            _sent.Add(sent);
            _acceptTimes.Add((chatId, _clock.Elapsed));
        }

        return Ok(new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _nextMessageId),
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId < 0 ? "supergroup" : "private" }, // Telegram's group ids are negative
            ["date"] = 1_790_000_000,
            ["text"] = text,
        });
    }

    private static IResult Ok(JsonNode result) =>
        Results.Text(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString(), "application/json");

    private static IResult Error(int code, string description, int? retryAfter = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is not null)
        {
            body["parameters"] = new JsonObject { ["retry_after"] = retryAfter };
        }

        return Results.Text(body.ToJsonString(), "application/json", statusCode: code);
    }
}
