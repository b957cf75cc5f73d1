using System.Diagnostics;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

/// <summary>Runs the real executable: exit codes and output are a contract for scripts.</summary>
public sealed class CliProcessTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string stdin, Dictionary<string, string> environment, params string[] args) =>
        CliProcess.RunAsync(_content, stdin, environment, args);

    [Theory]
    [InlineData("1:abc", "https://api.telegram.org/", "Telegram:ApiBaseUrl")]
    [InlineData("1:abc", "http://127.0.0.1:8081/telegram", "Telegram:ApiBaseUrl")]
    [InlineData("not-a-token", "https://api.telegram.org", "Telegram:Token")]
    public async Task Invalid_configuration_exits_2_with_one_message_and_no_stack_trace(string token, string apiBaseUrl, string named)
    {
        var (code, _, stderr) = await RunAsync("", new() { ["Telegram__Token"] = token, ["Telegram__ApiBaseUrl"] = apiBaseUrl });
        Assert.Equal(2, code);
        Assert.Contains(named, stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Partial_whatsapp_configuration_exits_2_naming_what_is_missing()
    {
        var (code, _, stderr) = await RunAsync("", new() { ["WhatsApp__AccessToken"] = "EAAG-secret-token" });
        Assert.Equal(2, code);
        Assert.Contains("WhatsApp:PhoneNumberId", stderr);
        Assert.Contains("WhatsApp:AppSecret", stderr);
        Assert.DoesNotContain("EAAG-secret-token", stderr);
    }

    [Fact]
    public async Task With_only_whatsapp_configured_the_default_is_serve_with_the_webhook()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _content.Root };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NetralBot.dll"));
        start.Environment["Telegram__Token"] = "";
        start.Environment["Content__Path"] = _content.ContentPath;
        start.Environment["Storage__Sqlite__Path"] = _content.DatabasePath;
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["WhatsApp__AccessToken"] = "EAAG-token";
        start.Environment["WhatsApp__AppSecret"] = "secret";
        start.Environment["WhatsApp__VerifyToken"] = "verify-me";
        start.Environment["WhatsApp__PhoneNumberId"] = "1065";
        start.Environment["WhatsApp__ApiBaseUrl"] = "http://127.0.0.1:9"; // never called: nobody writes to the bot
        using var process = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            string? address = null;
            while (address is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                var at = line.IndexOf("http://127.0.0.1:", StringComparison.Ordinal);
                address = at >= 0 ? line[at..].Trim() : null;
            }

            Assert.NotNull(address);
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            Assert.Equal("abc", await http.GetStringAsync("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=abc", timeout.Token));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Without_token_the_default_is_the_console_chat_and_export_shows_the_pledge()
    {
        var script = "/ikrar\nDewi Lestari\n2\n199001012015032001\nPemprov Jawa Barat\nBiro Hukum\nSAYA BERIKRAR\n/keluar\n";
        var (code, stdout, _) = await RunAsync(script, []);
        Assert.Equal(0, code);
        Assert.Contains("Kode bukti: NB-", stdout);

        var (exportCode, csv, _) = await RunAsync("", [], "pledges", "export", "--format", "csv");
        Assert.Equal(0, exportCode);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("Dewi Lestari,PPPK,199001012015032001,Pemprov Jawa Barat,Biro Hukum,console", lines[1]);
    }

    [Fact]
    public async Task Broadcast_queues_a_job_prints_its_id_and_status_prints_the_counts()
    {
        await BroadcastCliTests.SeedBknSubscriberAsync(_content);
        var (code, stdout, stderr) = await RunAsync("", [], "broadcast", "--text", "Apel netralitas", "--instansi", "BKN", "--at", "2099-01-15T07:00");
        Assert.True(code == 0, stderr);
        var id = long.Parse(stdout.Split('\t')[0], System.Globalization.CultureInfo.InvariantCulture);

        var (statusCode, status, _) = await RunAsync("", [], "broadcast", "status", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, statusCode);
        Assert.Contains("queued target=instansi:BKN", status);
        foreach (var line in new[] { "pending 0", "sent 0", "failed 0", "blocked 0", "outside_window 0" })
        {
            Assert.Contains(line, status);
        }

        Assert.Equal(1, (await RunAsync("", [], "broadcast", "status", "999")).ExitCode);
        Assert.Equal(1, (await RunAsync("", [], "broadcast", "--text", "x", "--at", "kapan-kapan")).ExitCode);
        var tooLong = await RunAsync("", [], "broadcast", "--text", new string('x', 3501));
        Assert.Equal(1, tooLong.ExitCode);
        Assert.Contains("terlalu panjang", tooLong.Stderr);
        var (statsCode, stats, _) = await RunAsync("", [], "stats");
        Assert.Equal(0, statsCode);
        Assert.Contains("Statistik ikrar", stats);
    }

    [Fact]
    public async Task Schedule_add_without_zone_prints_one_line_per_zone_and_reminder_and_with_a_zone_one_per_reminder()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "content", "kalender.md"), Path.Combine(_content.ContentPath, "kalender.md"));

        // A sample election is refused without --force, with the reason; nothing is queued.
        var refused = await RunAsync("", [], "schedule", "add", "contoh-2029");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("data contoh, bukan jadwal resmi", refused.Stderr);
        Assert.Contains("--force", refused.Stderr);
        var undetermined = await RunAsync("", [], "schedule", "add", "pemilu-2029");
        Assert.Equal(1, undetermined.ExitCode);
        Assert.Contains("belum ditetapkan", undetermined.Stderr);

        // The sample 2029 election lies ahead of the real clock: all four reminders are upcoming.
        var (code, stdout, stderr) = await RunAsync("", [], "schedule", "add", "contoh-2029", "--force");
        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(12, lines.Length);
        Assert.All(lines, line => Assert.Matches(@"^\d+\t\d{4}-\d{2}-\d{2} 07:00 (WIB|WITA|WIT)\t[a-z0-9-]+$", line));
        Assert.Equal(
            ["2029-02-11 07:00 WIB", "2029-02-11 07:00 WITA", "2029-02-11 07:00 WIT"],
            lines.Where(l => l.EndsWith("\tmasa-tenang", StringComparison.Ordinal)).Select(l => l.Split('\t')[1]));

        var (listCode, list, _) = await RunAsync("", [], "schedule", "list");
        Assert.Equal(0, listCode);
        Assert.Contains("\tsemua@WITA\t", list);
        Assert.Contains("2029-02-11 07:00 WIB\tsemua@WIB\t", list);
        Assert.Contains("2029-02-11 06:00 WIB\tsemua@WITA\t", list); // 07:00 WITA, listed in WIB
        Assert.Contains("2029-02-11 05:00 WIB\tsemua@WIT\t", list);

        var again = await RunAsync("", [], "schedule", "add", "contoh-2029", "--force");
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(string.Empty, again.Stdout.Trim());
        Assert.Contains("Tidak ada pengingat baru", again.Stderr);

        // 09:00: 08:00 WITA is the instant of 07:00 WIB, and the same text at the same instant counts as already queued.
        var (zonedCode, zoned, _) = await RunAsync("", [], "schedule", "add", "contoh-2029", "--zone", "WITA", "--hour", "09:00", "--force");
        Assert.Equal(0, zonedCode);
        var zonedLines = zoned.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(4, zonedLines.Length);
        Assert.All(zonedLines, line => Assert.Contains(" 09:00 WITA\t", line));
        var (_, listed, _) = await RunAsync("", [], "schedule", "list");
        Assert.Equal(4, listed.Split('\n').Count(l => l.Contains("\tsemua\t", StringComparison.Ordinal))); // everyone, whatever their zone

        Assert.Equal(1, (await RunAsync("", [], "schedule", "add", "contoh-2029", "--zone", "GMT", "--force")).ExitCode);
    }
}
