using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NetralBot.Bot.Tests.Fakes;

/// <summary>A message the bot sent to the fake Graph API, as accepted; <paramref name="Id"/> is the wamid it answered with.</summary>
internal sealed record GraphMessage(string To, string Type, JsonObject Body, string Id)
{
    public string? Text => (string?)Body["text"]?["body"] ?? (string?)Body["interactive"]?["body"]?["text"];

    public string? InteractiveType => (string?)Body["interactive"]?["type"];

    public IReadOnlyList<string> ButtonIds =>
        Body["interactive"]?["action"]?["buttons"]?.AsArray().Select(b => (string)b!["reply"]!["id"]!).ToList() ?? [];

    public IReadOnlyList<string> ButtonTitles =>
        Body["interactive"]?["action"]?["buttons"]?.AsArray().Select(b => (string)b!["reply"]!["title"]!).ToList() ?? [];

    public IReadOnlyList<JsonObject> ListRows =>
        Body["interactive"]?["action"]?["sections"]?.AsArray().SelectMany(s => s!["rows"]!.AsArray()).Select(r => r!.AsObject()).ToList() ?? [];

    public string? TemplateName => (string?)Body["template"]?["name"];

    public string? TemplateLanguage => (string?)Body["template"]?["language"]?["code"];

    public IReadOnlyList<string> TemplateParameters =>
        Body["template"]?["components"]?.AsArray().SelectMany(c => c!["parameters"]!.AsArray()).Select(p => (string)p!["text"]!).ToList() ?? [];
}

/// <summary>A Graph error the fake returns instead of success for the next send to a recipient.</summary>
internal sealed record GraphFault(int HttpStatus, int Code, string Message);

/// <summary>
/// A WhatsApp Cloud API look-alike on 127.0.0.1 (Kestrel, random port): <c>POST /{version}/{phone}/messages</c> and
/// <c>/media</c> checked like the real API (bearer token, messaging_product, text and interactive limits, template
/// shape, uploaded media ids), answering 400 with a Graph error object on a violation; faults (130429, 131047,
/// 131056, 500 ...) can be injected per recipient.
/// </summary>
internal sealed class FakeGraphApiServer : IAsyncDisposable
{
    public const string AccessToken = "EAAG-test-access-token";
    public const string PhoneNumberId = "106540352242922";
    public const string Version = "v21.0";

    private readonly WebApplication _app;
    private readonly object _gate = new();
    private readonly List<GraphMessage> _sent = [];
    private readonly List<string> _rejections = [];
    private readonly Dictionary<string, (string FileName, string Type, byte[] Content)> _media = [];
    private readonly ConcurrentDictionary<string, ConcurrentQueue<GraphFault>> _faults = new();
    private int _calls;
    private long _nextId;

    private FakeGraphApiServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<GraphMessage> Sent { get { lock (_gate) { return _sent.ToList(); } } }

    /// <summary>Why requests were refused (validation failures), for assertions that the bot stays within limits.</summary>
    public IReadOnlyList<string> Rejections { get { lock (_gate) { return _rejections.ToList(); } } }

    /// <summary>Every POST that reached the fake, accepted or not.</summary>
    public int Calls => Volatile.Read(ref _calls);

    public IReadOnlyDictionary<string, (string FileName, string Type, byte[] Content)> Media { get { lock (_gate) { return new Dictionary<string, (string, string, byte[])>(_media); } } }

    public static async Task<FakeGraphApiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--urls", "http://127.0.0.1:0"] });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeGraphApiServer(app);
        app.MapPost("/{version}/{phone}/{edge}", (HttpContext http, string version, string phone, string edge) => server.HandleAsync(http, version, phone, edge));
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public void InjectFault(string to, GraphFault fault) => _faults.GetOrAdd(to, _ => new()).Enqueue(fault);

    public IReadOnlyList<GraphMessage> SentTo(string to) => Sent.Where(m => m.To == to).ToList();

    public async Task<IReadOnlyList<GraphMessage>> WaitForMessagesAsync(string to, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var messages = SentTo(to);
            if (messages.Count >= count)
            {
                return messages;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"{to}: expected {count} messages, got {messages.Count}: {string.Join(" | ", messages.Select(m => m.Type + ":" + (m.Text ?? "")[..Math.Min(60, (m.Text ?? "").Length)]))}; rejections: {string.Join(" | ", Rejections)}");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> HandleAsync(HttpContext http, string version, string phone, string edge)
    {
        Interlocked.Increment(ref _calls);
        if (http.Request.Headers.Authorization.ToString() != "Bearer " + AccessToken)
        {
            return Error(401, 190, "Invalid OAuth access token - Cannot parse access token", "OAuthException");
        }

        if (version != Version || phone != PhoneNumberId)
        {
            return Error(400, 100, $"Unsupported post request. Object with ID '{phone}' does not exist", "GraphMethodException");
        }

        return edge switch
        {
            "messages" => await MessagesAsync(http),
            "media" => await MediaAsync(http),
            _ => Error(400, 100, "Unknown path components: /" + edge),
        };
    }

    private async Task<IResult> MediaAsync(HttpContext http)
    {
        if (!http.Request.HasFormContentType)
        {
            return Reject("media upload must be multipart/form-data");
        }

        var form = await http.Request.ReadFormAsync();
        if (form["messaging_product"] != "whatsapp")
        {
            return Reject("media: messaging_product must be whatsapp");
        }

        if (form.Files.GetFile("file") is not { } file || string.IsNullOrEmpty(form["type"]))
        {
            return Reject("media: file and type are required");
        }

        using var content = new MemoryStream();
        await file.CopyToAsync(content);
        var id = "media-" + Interlocked.Increment(ref _nextId);
        lock (_gate)
        {
            _media[id] = (file.FileName, form["type"].ToString(), content.ToArray());
        }

        return Results.Json(new JsonObject { ["id"] = id });
    }

    private async Task<IResult> MessagesAsync(HttpContext http)
    {
        JsonObject body;
        try
        {
            body = (await JsonNode.ParseAsync(http.Request.Body))!.AsObject();
        }
        catch (Exception)
        {
            return Reject("body is not a JSON object");
        }

        if ((string?)body["messaging_product"] != "whatsapp")
        {
            return Reject("messaging_product must be whatsapp");
        }

        if ((string?)body["recipient_type"] is { } recipientType && recipientType != "individual")
        {
            return Reject("recipient_type must be individual");
        }

        var to = (string?)body["to"] ?? "";
        if (to.Length == 0 || !to.All(char.IsAsciiDigit))
        {
            return Reject("to must be a wa_id");
        }

        var type = (string?)body["type"] ?? "text";
        var problem = type switch
        {
            "text" => CheckText(body["text"]),
            "interactive" => CheckInteractive(body["interactive"]),
            "template" => CheckTemplate(body["template"]),
            "document" => CheckDocument(body["document"]),
            _ => $"type {type} is not supported by this fake",
        };
        if (problem is not null)
        {
            return Reject(problem);
        }

        if (_faults.TryGetValue(to, out var queue) && queue.TryDequeue(out var fault))
        {
            return Error(fault.HttpStatus, fault.Code, fault.Message);
        }

        var id = WhatsAppPayloads.NewMessageId(to); // like Meta's, it encodes the recipient's number
        lock (_gate)
        {
            _sent.Add(new GraphMessage(to, type, body, id));
        }

        return Results.Json(new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["contacts"] = new JsonArray(new JsonObject { ["input"] = to, ["wa_id"] = to }),
            ["messages"] = new JsonArray(new JsonObject { ["id"] = id }),
        });
    }

    private static string? CheckText(JsonNode? text)
    {
        var body = (string?)text?["body"];
        return body switch
        {
            null or "" => "text.body is required",
            { Length: > 4096 } => $"text.body is {body.Length} characters; the limit is 4096",
            _ => null,
        };
    }

    private static string? CheckInteractive(JsonNode? interactive)
    {
        var body = (string?)interactive?["body"]?["text"];
        if (string.IsNullOrEmpty(body) || body.Length > 1024)
        {
            return $"interactive.body.text must be 1-1024 characters; it is {body?.Length ?? 0}";
        }

        var action = interactive?["action"];
        switch ((string?)interactive?["type"])
        {
            case "button":
                var buttons = action?["buttons"]?.AsArray().ToList() ?? [];
                if (buttons.Count is < 1 or > 3)
                {
                    return $"interactive buttons: {buttons.Count} buttons; 1-3 allowed";
                }

                var titles = buttons.Select(b => (string?)b?["reply"]?["title"] ?? "").ToList();
                var ids = buttons.Select(b => (string?)b?["reply"]?["id"] ?? "").ToList();
                if (buttons.Any(b => (string?)b?["type"] != "reply"))
                {
                    return "interactive buttons: type must be reply";
                }

                if (titles.Any(t => t.Length is < 1 or > 20) || titles.Distinct().Count() != titles.Count)
                {
                    return "interactive buttons: titles must be 1-20 characters and unique: " + string.Join(", ", titles);
                }

                return ids.Any(i => i.Length is < 1 or > 256) || ids.Distinct().Count() != ids.Count
                    ? "interactive buttons: ids must be 1-256 characters and unique"
                    : null;
            case "list":
                var label = (string?)action?["button"] ?? "";
                if (label.Length is < 1 or > 20)
                {
                    return "interactive list: button label must be 1-20 characters";
                }

                var sections = action?["sections"]?.AsArray().ToList() ?? [];
                var rows = sections.SelectMany(s => s?["rows"]?.AsArray().ToList() ?? []).ToList();
                if (sections.Count is < 1 or > 10 || rows.Count is < 1 or > 10)
                {
                    return $"interactive list: {sections.Count} sections, {rows.Count} rows; at most 10 rows in total";
                }

                if (sections.Count > 1 && sections.Any(s => string.IsNullOrEmpty((string?)s?["title"])))
                {
                    return "interactive list: section titles are required with more than one section";
                }

                foreach (var row in rows)
                {
                    var id = (string?)row?["id"] ?? "";
                    var title = (string?)row?["title"] ?? "";
                    var description = (string?)row?["description"] ?? "";
                    if (id.Length is < 1 or > 200 || title.Length is < 1 or > 24 || description.Length > 72)
                    {
                        return $"interactive list row out of limits: id {id.Length}, title {title.Length}, description {description.Length}";
                    }
                }

                return rows.Select(r => (string?)r?["id"]).Distinct().Count() != rows.Count ? "interactive list: row ids must be unique" : null;
            default:
                return "interactive.type must be button or list";
        }
    }

    private static string? CheckTemplate(JsonNode? template)
    {
        if (string.IsNullOrEmpty((string?)template?["name"]) || string.IsNullOrEmpty((string?)template?["language"]?["code"]))
        {
            return "template.name and template.language.code are required";
        }

        var parameters = template?["components"]?.AsArray().SelectMany(c => c?["parameters"]?.AsArray().ToList() ?? []).ToList() ?? [];
        foreach (var parameter in parameters)
        {
            var text = (string?)parameter?["text"] ?? "";
            if ((string?)parameter?["type"] != "text" || text.Length == 0 || text.Contains('\n') || text.Contains('\t') || text.Contains("     "))
            {
                return "(#132018) Param text cannot have new-line/tab characters or more than 4 consecutive spaces";
            }
        }

        return null;
    }

    private string? CheckDocument(JsonNode? document)
    {
        var id = (string?)document?["id"];
        lock (_gate)
        {
            return id is null || !_media.ContainsKey(id) ? "document.id must be an uploaded media id" : null;
        }
    }

    private IResult Reject(string problem)
    {
        lock (_gate)
        {
            _rejections.Add(problem);
        }

        return Error(400, 100, "(#100) Invalid parameter: " + problem);
    }

    private static IResult Error(int status, int code, string message, string type = "OAuthException") =>
        Results.Text(
            new JsonObject
            {
                ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["code"] = code, ["fbtrace_id"] = "AbCdEfFakeTrace" },
            }.ToJsonString(),
            "application/json",
            statusCode: status);
}
