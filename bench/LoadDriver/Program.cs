using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

// Pushes webhook updates at a running `NetralBot serve` (webhook mode) from many distinct users: each user asks a
// question, then runs a full Non-ASN pledge dialog. It also hosts a minimal fake Bot API that accepts the bot's
// replies, so point the bot's Telegram:ApiBaseUrl at it.
//
//   dotnet run -c Release --project bench/LoadDriver -- --bot http://127.0.0.1:8080 --secret S --api-port 8081 --users 2000 --concurrency 64
//   (bot: Telegram__Mode=webhook Telegram__WebhookSecret=S Telegram__Token=1:x Telegram__ApiBaseUrl=http://127.0.0.1:8081)
var options = ParseArgs(args);
var botUrl = options.GetValueOrDefault("--bot", "http://127.0.0.1:8080");
var secret = options.GetValueOrDefault("--secret", "bench_secret");
var apiPort = int.Parse(options.GetValueOrDefault("--api-port", "8081"), CultureInfo.InvariantCulture);
var users = int.Parse(options.GetValueOrDefault("--users", "1000"), CultureInfo.InvariantCulture);
var concurrency = int.Parse(options.GetValueOrDefault("--concurrency", "64"), CultureInfo.InvariantCulture);
var receiptsOut = options.GetValueOrDefault("--receipts-out");
var receiptCodes = new System.Collections.Concurrent.ConcurrentBag<string>();
var firstUser = long.Parse(options.GetValueOrDefault("--first-user", "10000000"), CultureInfo.InvariantCulture);

var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--urls", $"http://127.0.0.1:{apiPort}"] });
builder.Logging.ClearProviders();
var api = builder.Build();
long replies = 0;
long receipts = 0;
api.MapPost("/bot{token}/{method}", async (HttpContext http, string method) =>
{
    using var reader = new StreamReader(http.Request.Body);
    var body = await reader.ReadToEndAsync();
    if (method == "sendMessage")
    {
        Interlocked.Increment(ref replies);
        var receipt = System.Text.RegularExpressions.Regex.Match(body, "Kode bukti: (NB-[A-Z0-9]{4}-[A-Z0-9]{4})");
        if (receipt.Success)
        {
            Interlocked.Increment(ref receipts);
            receiptCodes.Add(receipt.Groups[1].Value);
        }

        return Results.Text("{\"ok\":true,\"result\":{\"message_id\":1,\"chat\":{\"id\":1,\"type\":\"private\"},\"date\":0}}", "application/json");
    }

    return Results.Text(method == "getUpdates" ? "{\"ok\":true,\"result\":[]}" : "{\"ok\":true,\"result\":true}", "application/json");
});
await api.StartAsync();
Console.WriteLine($"Fake Bot API on http://127.0.0.1:{apiPort}; driving {users} users at {botUrl} with concurrency {concurrency}.");

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 }) { BaseAddress = new Uri(botUrl) };
var latencies = new List<double>(users * 8);
long updateId = DateTimeOffset.UtcNow.ToUnixTimeSeconds() * 100;
long failures = 0;
var process = Process.GetCurrentProcess();
var clock = Stopwatch.StartNew();

await Parallel.ForEachAsync(Enumerable.Range(0, users), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
{
    var user = firstUser + i;
    string[] texts = ["apakah asn boleh ikut kampanye?", "IKRAR", $"Pengguna Uji {i}"];
    var local = new List<double>(8);
    foreach (var text in texts)
    {
        await PostAsync(Message(Interlocked.Increment(ref updateId), user, text), local, ct);
    }

    await PostAsync(Callback(Interlocked.Increment(ref updateId), user, "pledge:status:Non-ASN"), local, ct);
    foreach (var text in new[] { "Instansi Uji", "Unit Uji", "SAYA BERIKRAR" })
    {
        await PostAsync(Message(Interlocked.Increment(ref updateId), user, text), local, ct);
    }

    lock (latencies)
    {
        latencies.AddRange(local);
    }
});

var elapsed = clock.Elapsed;
latencies.Sort();
double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
Console.WriteLine($"updates: {latencies.Count}, failures: {failures}, elapsed: {elapsed.TotalSeconds:F1} s");
Console.WriteLine($"throughput: {latencies.Count / elapsed.TotalSeconds:F0} updates/s");
Console.WriteLine($"latency p50: {Percentile(0.50):F1} ms, p99: {Percentile(0.99):F1} ms, max: {latencies.LastOrDefault():F1} ms");
Console.WriteLine($"replies received by fake API: {Interlocked.Read(ref replies)}, receipts: {Interlocked.Read(ref receipts)} (expected {users})");
Console.WriteLine($"driver working set: {process.WorkingSet64 / 1024 / 1024} MB (measure the bot's memory with ps -o rss)");
if (receiptsOut is not null)
{
    // Every code here reached the (fake) user; after a SIGKILL test each must be in the database.
    await File.WriteAllLinesAsync(receiptsOut, receiptCodes.Distinct());
}

await api.StopAsync();
return failures == 0 ? 0 : 1;

async Task PostAsync(string json, List<double> local, CancellationToken ct)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/telegram") { Content = new StringContent(json, Encoding.UTF8) };
    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
    var start = Stopwatch.GetTimestamp();
    try
    {
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode && Interlocked.Increment(ref failures) == 1)
        {
            Console.Error.WriteLine($"first failure: HTTP {(int)response.StatusCode}");
        }
    }
    catch (HttpRequestException exception)
    {
        if (Interlocked.Increment(ref failures) == 1)
        {
            Console.Error.WriteLine($"first failure: {exception.Message}");
        }
    }

    local.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
}

static string Message(long id, long user, string text) =>
    $"{{\"update_id\":{id},\"message\":{{\"message_id\":{id},\"from\":{{\"id\":{user},\"is_bot\":false,\"first_name\":\"U\"}},\"chat\":{{\"id\":{user},\"type\":\"private\"}},\"date\":0,\"text\":{System.Text.Json.JsonSerializer.Serialize(text)}}}}}";

static string Callback(long id, long user, string data) =>
    $"{{\"update_id\":{id},\"callback_query\":{{\"id\":\"c{id}\",\"from\":{{\"id\":{user},\"is_bot\":false,\"first_name\":\"U\"}},\"message\":{{\"message_id\":1,\"chat\":{{\"id\":{user},\"type\":\"private\"}},\"date\":0,\"text\":\"x\"}},\"chat_instance\":\"ci\",\"data\":\"{data}\"}}}}";

static Dictionary<string, string> ParseArgs(string[] args)
{
    var map = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        map[args[i]] = args[i + 1];
    }

    return map;
}
