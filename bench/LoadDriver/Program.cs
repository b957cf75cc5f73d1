using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

// Pushes Telegram webhook updates at a running bot (NetralBot `serve` in webhook mode, or the grammY peer in
// bench/GrammyPeer) from many distinct users — each asks a question, then runs a full Non-ASN pledge dialog (7 updates)
// — and hosts the minimal fake Bot API that receives the replies, so point the bot's API root at it.
//
// Two ways to load: --users N runs N users to the end (closed loop of --concurrency workers); --duration S keeps
// --concurrency connections busy for S seconds, wrk-style, with fresh users. It reports updates acknowledged per second,
// replies that reached the fake API per second (until they stop arriving), ack latency p50/p99, and the bot's peak RSS
// (--pid). The figure that counts is the smaller of acknowledged and delivered. bench/side-by-side.sh runs it against
// both bots in one run.
var options = ParseArgs(args);
var label = options.GetValueOrDefault("--label", "bot");
var botUrl = options.GetValueOrDefault("--bot", "http://127.0.0.1:8080");
var secret = options.GetValueOrDefault("--secret", "bench_secret");
var apiPort = int.Parse(options.GetValueOrDefault("--api-port", "8081"), CultureInfo.InvariantCulture);
var users = int.Parse(options.GetValueOrDefault("--users", "1000"), CultureInfo.InvariantCulture);
var duration = options.TryGetValue("--duration", out var seconds) ? TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture)) : (TimeSpan?)null;
var concurrency = int.Parse(options.GetValueOrDefault("--concurrency", "64"), CultureInfo.InvariantCulture);
var botPid = options.TryGetValue("--pid", out var pidText) ? int.Parse(pidText, CultureInfo.InvariantCulture) : (int?)null;
var receiptsOut = options.GetValueOrDefault("--receipts-out");
var resultOut = options.GetValueOrDefault("--result-out");
var receiptCodes = new System.Collections.Concurrent.ConcurrentBag<string>();
var firstUser = long.Parse(options.GetValueOrDefault("--first-user", "10000000"), CultureInfo.InvariantCulture);

var clock = new Stopwatch();
long lastReplyTicks = 0;
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
        Interlocked.Exchange(ref lastReplyTicks, clock.Elapsed.Ticks);
        var receipt = System.Text.RegularExpressions.Regex.Match(body, "Kode bukti: (NB-[A-Z0-9]{4}-[A-Z0-9]{4})");
        if (receipt.Success)
        {
            Interlocked.Increment(ref receipts);
            receiptCodes.Add(receipt.Groups[1].Value);
        }

        return Results.Text("{\"ok\":true,\"result\":{\"message_id\":1,\"chat\":{\"id\":1,\"type\":\"private\"},\"date\":0,\"text\":\"x\"}}", "application/json");
    }

    return Results.Text(method == "getUpdates" ? "{\"ok\":true,\"result\":[]}" : "{\"ok\":true,\"result\":true}", "application/json");
});
await api.StartAsync();
Console.WriteLine(duration is { } d
    ? $"[{label}] fake Bot API on :{apiPort}; {concurrency} connections for {d.TotalSeconds:F0} s at {botUrl}."
    : $"[{label}] fake Bot API on :{apiPort}; {users} users at {botUrl} with concurrency {concurrency}.");

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(botUrl) };
var latencies = new List<double>(1 << 16);
// Telegram.Bot (like the Bot API) keeps update_id in 32 bits; ids move on with the clock so reruns on one database differ.
long updateId = long.Parse(options.GetValueOrDefault("--first-update", (DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 1_000_000 * 1_000).ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
long failures = 0;
long nextUser = 0;
long peakRssKb = 0;
// Warm-up, outside the measurement: one question, answered, so a lazily loaded knowledge base is not on the clock.
clock.Start();
await PostAsync(Message(Interlocked.Increment(ref updateId), firstUser - 1, "apakah asn boleh ikut kampanye?"), []);
for (var waited = 0; Interlocked.Read(ref replies) == 0 && waited < 600; waited++)
{
    await Task.Delay(100);
}

Interlocked.Exchange(ref replies, 0);
Interlocked.Exchange(ref failures, 0);
var cpuBefore = CpuSeconds();
using var rssSampler = new Timer(_ => SampleRss(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
using var stop = new CancellationTokenSource();
clock.Restart();
if (duration is { } window)
{
    stop.CancelAfter(window);
}

await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
{
    var local = new List<double>(4096);
    while (!stop.IsCancellationRequested)
    {
        var i = Interlocked.Increment(ref nextUser) - 1;
        if (duration is null && i >= users)
        {
            break;
        }

        await RunUserAsync(firstUser + i, (int)i, local);
    }

    lock (latencies)
    {
        latencies.AddRange(local);
    }
})));

var loadElapsed = clock.Elapsed;
// Replies still on their way (NetralBot acknowledges once stored and answers from its inbox): wait until none arrive for 2 s.
var expected = latencies.Count - Interlocked.Read(ref failures);
var lastCount = -1L;
var quietSince = clock.Elapsed;
while (clock.Elapsed - quietSince < TimeSpan.FromSeconds(2) && clock.Elapsed - loadElapsed < TimeSpan.FromSeconds(120))
{
    var now = Interlocked.Read(ref replies);
    if (now != lastCount)
    {
        lastCount = now;
        quietSince = clock.Elapsed;
    }

    await Task.Delay(100);
}

SampleRss();
var cpu = CpuSeconds() - cpuBefore;
var deliveredElapsed = TimeSpan.FromTicks(Math.Max(Interlocked.Read(ref lastReplyTicks), 1));
latencies.Sort();
double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
var acked = expected / loadElapsed.TotalSeconds;
var delivered = Interlocked.Read(ref replies) / deliveredElapsed.TotalSeconds;
var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
var line = string.Create(CultureInfo.InvariantCulture,
    $"{label}: acknowledged {expected} updates in {loadElapsed.TotalSeconds:F1} s = {acked:F0}/s; replies delivered {Interlocked.Read(ref replies)} by {deliveredElapsed.TotalSeconds:F1} s = {delivered:F0}/s; counts {Math.Min(acked, delivered):F0}/s; ack p50 {Percentile(0.50):F1} ms, p99 {Percentile(0.99):F1} ms; failures {failures}; peak RSS {peakRssKb / 1024} MB; bot CPU {cpu:F1} s = {cpu * 1000 / Math.Max(1, Interlocked.Read(ref replies)):F2} ms per reply; load average {load}");
Console.WriteLine(line);
Console.WriteLine($"[{label}] receipts reached the fake API: {Interlocked.Read(ref receipts)}");
if (resultOut is not null)
{
    await File.AppendAllTextAsync(resultOut, line + Environment.NewLine);
}

if (receiptsOut is not null)
{
    // Every code here reached the (fake) user; after a SIGKILL test each must be in the database.
    await File.WriteAllLinesAsync(receiptsOut, receiptCodes.Distinct());
}

await api.StopAsync();
return failures == 0 ? 0 : 1;

async Task RunUserAsync(long user, int i, List<double> local)
{
    foreach (var text in new[] { "apakah asn boleh ikut kampanye?", "IKRAR", $"Pengguna Uji {i}" })
    {
        await PostAsync(Message(Interlocked.Increment(ref updateId), user, text), local);
    }

    await PostAsync(Callback(Interlocked.Increment(ref updateId), user, "pledge:status:Non-ASN"), local);
    foreach (var text in new[] { "Instansi Uji", "Unit Uji", "SAYA BERIKRAR" })
    {
        await PostAsync(Message(Interlocked.Increment(ref updateId), user, text), local);
    }
}

async Task PostAsync(string json, List<double> local)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/telegram") { Content = new StringContent(json, Encoding.UTF8) };
    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
    var start = Stopwatch.GetTimestamp();
    try
    {
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode && Interlocked.Increment(ref failures) == 1)
        {
            Console.Error.WriteLine($"[{label}] first failure: HTTP {(int)response.StatusCode}");
        }
    }
    catch (HttpRequestException exception)
    {
        if (Interlocked.Increment(ref failures) == 1)
        {
            Console.Error.WriteLine($"[{label}] first failure: {exception.Message}");
        }
    }

    local.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
}

void SampleRss()
{
    if (botPid is not { } pid)
    {
        return;
    }

    try
    {
        var rss = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        if (rss is not null && long.TryParse(rss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture, out var kb))
        {
            InterlockedMax(ref peakRssKb, kb);
        }
    }
    catch (IOException)
    {
        // The process ended (e.g. the SIGKILL check).
    }
}

// utime + stime of the bot from /proc/<pid>/stat, in seconds (clock ticks of 1/100 s on Linux).
double CpuSeconds()
{
    try
    {
        var stat = botPid is { } pid ? File.ReadAllText($"/proc/{pid}/stat") : null;
        var fields = stat?[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields is null ? 0 : (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }
    catch (IOException)
    {
        return 0;
    }
}

static void InterlockedMax(ref long target, long value)
{
    long seen;
    while ((seen = Interlocked.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
    {
    }
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
