using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bench.BroadcastLoad;
using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Hosting;
using NetralBot.Bot.Storage.Sqlite;

// Broadcast throughput benchmark (issue 4, item 7): N active Telegram subscribers, one broadcast to all of them through
// the app's own queue and sender, against a fake Bot API that enforces a global limit and 1 message/s per chat.
// Exit code 0 only when the achieved rate is at least 95 % of the limit with no violation, no duplicate and everyone
// delivered.
//
//   dotnet run -c Release --project bench/BroadcastLoad -- [--recipients 100000] [--rate 1000] [--workers 8]
//       [--synchronous FULL|NORMAL] [--tolerance 0.05] [--db-dir DIR]
var options = ParseArgs(args);
var recipients = int.Parse(options.GetValueOrDefault("--recipients", "100000"), CultureInfo.InvariantCulture);
var rate = double.Parse(options.GetValueOrDefault("--rate", "1000"), CultureInfo.InvariantCulture);
var workers = options.GetValueOrDefault("--workers"); // unset: the app's default (Broadcast:Workers = 8)
var synchronous = options.GetValueOrDefault("--synchronous", "FULL").ToUpperInvariant();

// The sender's token bucket may burst up to 10 ms of tokens on top of the rate, and loopback jitter can bunch
// arrivals a little, so the fake allows the limit plus a small tolerance before it calls a send a violation.
var tolerance = double.Parse(options.GetValueOrDefault("--tolerance", "0.05"), CultureInfo.InvariantCulture);
var globalLimit = (int)Math.Ceiling(rate * (1 + tolerance));

// Not in /dev/shm: the database lives on the same kind of disk as in production, so commits cost what they cost there.
var dbDir = Path.Combine(options.GetValueOrDefault("--db-dir", Path.GetTempPath()), "netralbot-broadcast-load-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(dbDir);

await using var api = await RateCheckingBotApi.StartAsync(globalLimit);
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Telegram:Token"] = "123456:bench",
    ["Telegram:ApiBaseUrl"] = api.BaseUrl,
    ["Storage:Sqlite:Path"] = Path.Combine(dbDir, "bench.db"),
    ["Storage:Sqlite:Synchronous"] = synchronous,
    ["Broadcast:GlobalRatePerSecond"] = rate.ToString(CultureInfo.InvariantCulture),
    ["Broadcast:Workers"] = workers,  // null leaves the key unset
    ["Pledge:ElectionId"] = "bench-2029",
}).Build();
var settings = BotSettingsReader.Read(configuration);

// The app's own composition: whatever the sender's constructor takes, DI builds it as serve does.
// ASP0000 warns about a second container inside a web app's startup; this container is the sender's only one.
#pragma warning disable ASP0000
await using var services = new ServiceCollection()
    .AddLogging()
    .AddNetralBotCore(settings)
    .AddTelegramChannel(settings)
    .AddBroadcasting()
    .BuildServiceProvider();
#pragma warning restore ASP0000

Console.WriteLine($"Broadcast load: {recipients:N0} recipients, limit {rate:N0}/s (fake refuses above {globalLimit:N0} in any 1 s window, or 2 in 1 s per chat), " +
                  $"Broadcast:Workers={settings.Broadcast.Workers}, Storage:Sqlite:Synchronous={synchronous}, {Environment.ProcessorCount} cores");
Console.WriteLine($"Database: {dbDir}");

var migrateClock = Stopwatch.StartNew();
var database = services.GetRequiredService<SqliteDatabase>(); // applies the app's migrations
Console.WriteLine($"Migrated in {migrateClock.Elapsed.TotalSeconds:F1} s");
var seedClock = Stopwatch.StartNew();
await SeedSubscribersAsync(database, recipients);
Console.WriteLine($"Seeded {recipients:N0} subscribers in {seedClock.Elapsed.TotalSeconds:F1} s");

var queueClock = Stopwatch.StartNew();
var (jobId, queued) = await services.GetRequiredService<BroadcastQueue>()
    .QueueAsync("cli", AdminRole.Super, "Pengingat: ASN wajib netral selama masa kampanye.", BroadcastTarget.All, null);
Console.WriteLine($"Queued broadcast {jobId} with {queued:N0} recipients in {queueClock.Elapsed.TotalSeconds:F1} s");

var sender = services.GetRequiredService<BroadcastSender>();
var process = Process.GetCurrentProcess();
var cpuBefore = process.TotalProcessorTime;
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
var gcsBefore = GC.CollectionCount(0);
var runClock = Stopwatch.StartNew();
using var progress = new CancellationTokenSource();
var reporter = ReportProgressAsync(api, runClock, progress.Token);
var worked = await sender.RunNextDueAsync(CancellationToken.None);
var runTime = runClock.Elapsed;
await progress.CancelAsync();
await reporter;
process.Refresh();
var cpu = process.TotalProcessorTime - cpuBefore;
var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
var gcs = GC.CollectionCount(0) - gcsBefore;

var counts = await services.GetRequiredService<IBroadcastStore>().CountsAsync(jobId);
var active = api.ActiveTime.TotalSeconds;
var achieved = active > 0 ? api.Accepted / active : 0;
var violations = api.GlobalViolations + api.PerChatViolations;
var undelivered = recipients - counts.Sent;

Console.WriteLine();
Console.WriteLine($"job ran                 {(worked ? "yes" : "NO")}, {runTime.TotalSeconds:F1} s (sender process CPU {cpu.TotalSeconds:F0} s = {cpu.TotalSeconds / runTime.TotalSeconds * 100:F0} % of one core)");
Console.WriteLine($"allocated               {allocated / 1048576.0:N0} MB = {allocated / 1024.0 / Math.Max(1, recipients):N1} KB per recipient, {gcs:N0} gen-0 collections (sender and fake API)");
Console.WriteLine($"accepted by the fake    {api.Accepted:N0} to {api.DistinctChats:N0} chats");
Console.WriteLine($"first → last accepted   {active:F2} s");
Console.WriteLine($"achieved rate           {achieved:N1}/s = {achieved / rate * 100:F1} % of {rate:N0}/s (peak 1 s window {api.PeakWindow:N0})");
Console.WriteLine($"violations (429 issued) {violations} (global {api.GlobalViolations}, per chat {api.PerChatViolations})");
Console.WriteLine($"duplicates              {api.Duplicates}");
Console.WriteLine($"store counts            sent {counts.Sent:N0}, pending {counts.Pending}, failed {counts.Failed}, blocked {counts.Blocked}");

var failures = new List<string>();
if (achieved < 0.95 * rate)
{
    failures.Add($"rate {achieved:N1}/s is below 95 % of {rate:N0}/s");
}

if (violations > 0)
{
    failures.Add($"{violations} limit violations");
}

if (api.Duplicates > 0)
{
    failures.Add($"{api.Duplicates} duplicates");
}

if (undelivered != 0 || api.DistinctChats != recipients)
{
    failures.Add($"{undelivered} not marked sent, {recipients - api.DistinctChats} chats without a message");
}

Console.WriteLine(failures.Count == 0 ? "PASS" : "FAIL: " + string.Join("; ", failures));
if (!options.ContainsKey("--keep-db"))
{
    SqliteConnection.ClearAllPools();
    Directory.Delete(dbDir, recursive: true);
}

return failures.Count == 0 ? 0 : 1;

// One transaction and one prepared command: 100,000 rows take about a second rather than 100,000 commits.
static async Task SeedSubscribersAsync(SqliteDatabase database, int count)
{
    await using var connection = await database.OpenAsync();
    await using var transaction = connection.BeginTransaction();
    await using var command = connection.CreateCommand();
    command.Transaction = transaction;
    command.CommandText = "INSERT INTO subscribers(channel, chat_id, user_id, is_active, last_seen_at) VALUES ('telegram', $id, $id, 1, '2029-01-01T00:00:00.0000000Z')";
    var id = command.Parameters.Add("$id", SqliteType.Text);
    command.Prepare();
    for (var i = 0; i < count; i++)
    {
        id.Value = (100_000_000L + i).ToString(CultureInfo.InvariantCulture);
        await command.ExecuteNonQueryAsync();
    }

    await transaction.CommitAsync();
}

static async Task ReportProgressAsync(RateCheckingBotApi api, Stopwatch clock, CancellationToken stop)
{
    var last = 0L;
    try
    {
        while (true)
        {
            await Task.Delay(TimeSpan.FromSeconds(10), stop);
            var accepted = api.Accepted;
            Console.WriteLine($"  {clock.Elapsed.TotalSeconds,5:F0} s  {accepted,9:N0} sent  {(accepted - last) / 10.0,7:N1}/s over the last 10 s");
            last = accepted;
        }
    }
    catch (OperationCanceledException)
    {
    }
}

static Dictionary<string, string> ParseArgs(string[] args)
{
    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i < args.Length; i++)
    {
        if (args[i].StartsWith("--", StringComparison.Ordinal))
        {
            options[args[i]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
        }
    }

    return options;
}
