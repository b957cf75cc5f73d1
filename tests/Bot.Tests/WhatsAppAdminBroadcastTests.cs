using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Common;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

/// <summary>
/// <c>/broadcast</c> composed by a WhatsApp admin over the webhook, sent by the real <c>serve</c> engine, with the
/// final report back on WhatsApp.
/// </summary>
public sealed class WhatsAppAdminBroadcastTests : IAsyncLifetime
{
    private const string SuperAdmin = "6281600000009";
    private const string AgencyAdmin = "6281600000008";
    private const string BknUser = "6281600000001";
    private const string OtherUser = "6281600000002";

    private static readonly Dictionary<string, string?> Admins = new()
    {
        [$"Admin:WhatsApp:{SuperAdmin}"] = "super",
        [$"Admin:WhatsApp:{AgencyAdmin}"] = "instansi:BKN",
    };

    private FakeGraphApiServer _graph = null!;
    private readonly TestContent _content = new();

    public async Task InitializeAsync() => _graph = await FakeGraphApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _graph.DisposeAsync();
        _content.Dispose();
    }

    private static async Task<string> Say(WhatsAppBotUnderTest bot, string user, string text) =>
        (await bot.SayAsync(user, text))[^1].Text ?? "";

    private async Task<string> WaitForReportAsync(string admin)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(20); DateTime.UtcNow < deadline; await Task.Delay(50))
        {
            if (_graph.SentTo(admin).LastOrDefault(m => m.Text?.StartsWith("Siaran #", StringComparison.Ordinal) == true && m.Text.Contains("selesai")) is { } report)
            {
                return report.Text!;
            }
        }

        throw new TimeoutException($"no report to {admin}: {string.Join(" | ", _graph.SentTo(admin).Select(m => m.Text))}");
    }

    [Fact]
    public async Task Super_admin_composes_over_whatsapp_everyone_gets_it_once_and_the_report_comes_back_on_whatsapp()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content, Admins);
        await bot.SayAsync(BknUser, "halo");
        await bot.SayAsync(OtherUser, "halo");

        Assert.Contains("SEMUA", await Say(bot, SuperAdmin, "/broadcast"));
        Assert.Contains("ketik isi pesan", await Say(bot, SuperAdmin, "SEMUA"));
        Assert.Contains("Penerima: 3", await Say(bot, SuperAdmin, "Apel netralitas Senin pukul 07.30")); // two users and the admin
        Assert.Contains("diantrekan untuk 3 penerima", await Say(bot, SuperAdmin, "KIRIM"));

        var report = await WaitForReportAsync(SuperAdmin);
        Assert.Contains("Terkirim: 3", report);
        Assert.Contains("Gagal: 0", report);
        foreach (var user in new[] { BknUser, OtherUser, SuperAdmin })
        {
            Assert.Single(_graph.SentTo(user), m => m.Text == "Apel netralitas Senin pukul 07.30");
        }

        Assert.Single(_graph.SentTo(SuperAdmin), m => m.Text == report);

        var id = System.Text.RegularExpressions.Regex.Match(report, @"#(\d+)").Groups[1].Value;
        var status = await Say(bot, SuperAdmin, "/broadcast status " + id);
        Assert.Contains("selesai: 3 dari 3", status);
        Assert.DoesNotContain("jendela 24 jam", status); // nobody was outside the window
    }

    [Fact]
    public async Task Instansi_admin_on_whatsapp_reaches_only_their_agency()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content, Admins);
        foreach (var (user, agency) in new[] { (BknUser, "BKN"), (OtherUser, "Kemendagri") })
        {
            await bot.SayAsync(user, "halo");
            await bot.Pledges.SaveAsync(new Pledge(
                WhatsAppBotUnderTest.ElectionId, "NB-" + user[^4..], "Nama " + user, EmploymentStatus.NonAsn, null, agency, "Unit",
                Channel.WhatsApp, user, "uji-1", "abc", DateTimeOffset.UtcNow));
        }

        Assert.Contains("instansi BKN", await Say(bot, AgencyAdmin, "/broadcast"));
        Assert.Contains("Penerima: 1", await Say(bot, AgencyAdmin, "Rapat netralitas BKN"));
        Assert.Contains("diantrekan untuk 1 penerima", await Say(bot, AgencyAdmin, "KIRIM"));

        Assert.Contains("Terkirim: 1", await WaitForReportAsync(AgencyAdmin));
        Assert.Single(_graph.SentTo(BknUser), m => m.Text == "Rapat netralitas BKN");
        Assert.DoesNotContain(_graph.SentTo(OtherUser), m => m.Text == "Rapat netralitas BKN");
        Assert.DoesNotContain(_graph.SentTo(AgencyAdmin), m => m.Text == "Rapat netralitas BKN");
    }

    [Fact]
    public async Task A_report_that_cannot_reach_the_admin_outside_the_window_is_logged_and_the_job_still_ends()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content, Admins);
        await bot.SayAsync(BknUser, "halo");
        await bot.SayAsync(SuperAdmin, "halo", DateTimeOffset.UtcNow.AddDays(-2)); // e.g. a /jadwal job that runs days later

        var queue = bot.App.Services.GetRequiredService<BroadcastQueue>();
        var (jobId, _) = await queue.QueueAsync("whatsapp:" + SuperAdmin, AdminRole.Super, "Apel pagi", BroadcastTarget.All, null);
        var counts = await bot.WaitForJobAsync(jobId);

        Assert.Equal(new BroadcastCounts(0, 1, 0, 0, 1), counts); // the admin too is outside the window: no template configured
        for (var i = 0; i < 100 && !bot.Logs.Lines.Any(l => l.Contains("Could not send the report of broadcast " + jobId, StringComparison.Ordinal)); i++)
        {
            await Task.Delay(50);
        }

        Assert.Contains(bot.Logs.Lines, l => l.Contains("Could not send the report of broadcast " + jobId, StringComparison.Ordinal) && l.Contains("WhatsApp:Templates:default", StringComparison.Ordinal));
        Assert.DoesNotContain(_graph.SentTo(SuperAdmin), m => m.Text?.StartsWith("Siaran #", StringComparison.Ordinal) == true);
    }
}
