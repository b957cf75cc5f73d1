using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NetralBot.Bot.Access;
using NetralBot.Bot.Common;
using NetralBot.Bot.Hosting;
using NetralBot.Knowledge;
using NetralBot.Knowledge.Answering;
using NetralBot.Bot.Dashboard;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests.Dashboard;

/// <summary>The dashboard's pages in headless Chromium against the real <c>serve</c> (SQLite file, fake Telegram API).</summary>
public sealed partial class DashboardPagesTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>
{
    private const string Bkn = "Badan Kepegawaian Negara";
    private const string NipAni = "199001012015012001";
    private const string NipBudi = "199002022016011002";
    private const string NipCici = "198803032012012003";
    private int _receipt;

    [BrowserFact]
    public async Task The_summary_shows_the_numbers_stats_prints_and_fits_a_phone()
    {
        await using var rig = await DashboardRig.StartAsync();
        var pledges = rig.Bot.Pledges;
        for (var i = 0; i < 3; i++)
        {
            await pledges.SaveAsync(Pledge($"19900101201501100{i}", Bkn, (700 + i).ToString(CultureInfo.InvariantCulture)));
        }

        await pledges.SaveAsync(Pledge("199001012015011009", DashboardRig.AdminAgency, "710"));
        await pledges.SaveAsync(Pledge("199001012015011008", Bkn, "711", BotUnderTest.ElectionId + "-lama"));
        await rig.SayAsync(700, "halo");

        var page = await chromium.NewPageAsync();
        await rig.SignInAsync(page, DashboardRig.SuperAdmin);
        await HeadlessChromium.ScreenshotAsync(page, "03-ringkasan");

        var (exit, stdout, stderr) = await CliProcess.RunAsync(rig.Content, "", new Dictionary<string, string> { ["Pledge__ElectionId"] = BotUnderTest.ElectionId }, "stats");
        Assert.True(exit == 0, stderr);
        Assert.Contains("Jumlah ikrar: 4", stdout);
        Assert.Equal("4", await page.InnerTextAsync("[data-testid=pledges]"));
        foreach (Match line in AgencyLine().Matches(stdout.Split("Per status:")[0]))
        {
            var row = page.Locator($"tr[data-agency='{line.Groups[1].Value}'] [data-testid=agency-pledges]");
            Assert.Equal(line.Groups[2].Value, await row.InnerTextAsync());
        }

        Assert.Equal(2, await page.Locator("tr[data-agency]").CountAsync());
        Assert.Equal(1, await page.Locator("svg.chart rect").CountAsync()); // one day with pledges
        Assert.Equal("2", await page.InnerTextAsync("tr[data-channel=telegram] td.num >> nth=0")); // chat 700 and the admin wrote

        var phone = await chromium.NewPageAsync(phone: true);
        await rig.SignInAsync(phone, DashboardRig.SuperAdmin);
        await HeadlessChromium.ScreenshotAsync(phone, "04-ringkasan-ponsel");
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), "the summary scrolls sideways on a phone");
    }

    [BrowserFact]
    public async Task An_instansi_admin_sees_only_their_agency_and_is_refused_another_agency_s_rows_by_url()
    {
        await using var rig = await DashboardRig.StartAsync();
        await rig.Bot.Pledges.SaveAsync(Pledge(NipAni, Bkn, "700"));
        await rig.Bot.Pledges.SaveAsync(Pledge(NipBudi, DashboardRig.AdminAgency, "701"));
        await rig.Bot.App.Services.GetRequiredService<IRosterStore>().ReplaceAsync(Bkn, [new(NipCici, "Cici", "Biro SDM")], DateTimeOffset.UtcNow);

        var page = await chromium.NewPageAsync();
        await rig.SignInAsync(page, DashboardRig.AgencyAdmin);
        Assert.Equal("1", await page.InnerTextAsync("[data-testid=pledges]"));
        Assert.Equal([DashboardRig.AdminAgency], await page.Locator("tr[data-agency]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.agency)"));
        Assert.Equal(0, await page.Locator("tr[data-channel]").CountAsync());

        var escaped = Uri.EscapeDataString(Bkn);
        foreach (var path in new[] { "/dasbor?instansi=" + escaped, "/dasbor/pegawai?instansi=" + escaped, "/dasbor/pegawai?handler=Csv&instansi=" + escaped })
        {
            var response = await page.GotoAsync(rig.Url(path));
            Assert.Equal(403, response!.Status);
            Assert.Contains("Akses ditolak", await page.InnerTextAsync("h1"));
            Assert.DoesNotContain("Cici", await page.ContentAsync());
        }

        await HeadlessChromium.ScreenshotAsync(page, "05-ditolak");
        var audit = await rig.Bot.App.Services.GetRequiredService<IAuditLog>().ListAsync(50);
        Assert.Equal(3, audit.Count(e => e.Action == "dashboard.denied" && e.Actor == "telegram:" + DashboardRig.AgencyAdmin));
    }

    [BrowserFact]
    public async Task A_roster_with_a_bad_line_is_reported_and_not_stored_then_the_not_pledged_list_shrinks_after_a_chat_pledge_and_exports()
    {
        await using var rig = await DashboardRig.StartAsync();
        var page = await chromium.NewPageAsync();
        await rig.SignInAsync(page, DashboardRig.AgencyAdmin);
        await page.GotoAsync(rig.Url("/dasbor/pegawai"));

        var bad = $"nip;nama;unit_kerja;jabatan\n{NipAni};Ani;Bidang A;staf\n";
        await UploadAsync(page, "pegawai-salah.csv", bad);
        Assert.Contains("Kolom tidak dikenal: \"jabatan\"", await page.InnerTextAsync("#laporan + *, section"));
        var wrong = $"nip;nama;unit_kerja\n{NipAni};Ani;Bidang A\n12345;Budi;Bidang A\n{NipAni};Ani lagi;Bidang B\n{NipCici};Cici;Bidang B\n";
        await UploadAsync(page, "pegawai.csv", wrong);
        await HeadlessChromium.ScreenshotAsync(page, "06-laporan-impor");
        Assert.Contains("2 baris benar, 2 masalah", await page.InnerTextAsync("[data-testid=import-summary]"));
        Assert.Contains("tidak valid", await page.InnerTextAsync("tr[data-line='3']"));
        Assert.Contains("ganda (sudah ada di baris 2)", await page.InnerTextAsync("tr[data-line='4']"));
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Simpan") }).CountAsync());
        Assert.Empty(await rig.Bot.App.Services.GetRequiredService<IRosterStore>().AgencyCoverageAsync(BotUnderTest.ElectionId, null));

        var good = $"nip,nama,unit_kerja\n{NipAni},Ani,Bidang A\n{NipBudi},Budi,Bidang A\n{NipCici},Cici,Bidang B\n";
        await UploadAsync(page, "pegawai.csv", good);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Simpan 3 pegawai") }).ClickAsync();
        await page.WaitForSelectorAsync("text=3 pegawai disimpan");
        Assert.Equal(3, await NotPledgedRowsAsync(page));

        await rig.PledgeAsync(601, NipBudi, DashboardRig.AdminAgency, "Bidang A");
        await page.ReloadAsync();
        Assert.Equal(2, await NotPledgedRowsAsync(page));
        Assert.DoesNotContain("Budi", await page.InnerTextAsync("[data-testid=not-pledged]"));
        await HeadlessChromium.ScreenshotAsync(page, "07-belum-ikrar");

        await page.SelectOptionAsync("#unit", "Bidang B");
        await page.GetByRole(AriaRole.Button, new() { Name = "Saring" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("unit=Bidang"));
        Assert.Equal(1, await NotPledgedRowsAsync(page));

        var csv = await DownloadAsync(page, "Unduh CSV");
        Assert.Equal($"nip,nama,unit_kerja\n{NipCici},Cici,Bidang B\n", Encoding.UTF8.GetString(csv).Replace("\r\n", "\n"));
        using var workbook = new XLWorkbook(new MemoryStream(await DownloadAsync(page, "Unduh XLSX")));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(NipCici, sheet.Cell(2, 1).GetString());
        Assert.Equal("Cici", sheet.Cell(2, 2).GetString());
        Assert.True(sheet.Cell(3, 1).IsEmpty());
    }

    [BrowserFact]
    public async Task A_broadcast_to_the_not_pledged_reaches_exactly_the_subscribers_among_them_and_its_progress_finishes()
    {
        await using var rig = await DashboardRig.StartAsync();
        var roster = rig.Bot.App.Services.GetRequiredService<IRosterStore>();
        await roster.ReplaceAsync(DashboardRig.AdminAgency, [new(NipAni, "Ani", "A"), new(NipBudi, "Budi", "A"), new(NipCici, "Cici", "A")], DateTimeOffset.UtcNow);
        foreach (var chat in new long[] { 801, 802, 803 })
        {
            await rig.SayAsync(chat, "halo");
        }

        // Ani and Budi pledged for an earlier election (so their chats are known); Budi has also pledged now.
        await rig.Bot.Pledges.SaveAsync(Pledge(NipAni, DashboardRig.AdminAgency, "801", "pilkada-2024"));
        await rig.Bot.Pledges.SaveAsync(Pledge(NipBudi, DashboardRig.AdminAgency, "802", "pilkada-2024"));
        await rig.Bot.Pledges.SaveAsync(Pledge(NipBudi, DashboardRig.AdminAgency, "802"));

        var page = await chromium.NewPageAsync();
        await rig.SignInAsync(page, DashboardRig.AgencyAdmin);
        await page.GotoAsync(rig.Url("/dasbor/pegawai"));
        Assert.Equal("1", await page.InnerTextAsync("[data-testid=roster-recipients]"));
        await page.FillAsync("#teks", "Mohon segera berikrar netralitas.");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Kirim siaran") }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/dasbor/siaran/\d+$"));
        await page.WaitForSelectorAsync("[data-testid=job-status]:has-text('Selesai')", new() { Timeout = 30_000 });
        await HeadlessChromium.ScreenshotAsync(page, "08-siaran-selesai");
        Assert.Equal("1", await page.InnerTextAsync("[data-testid=sent]"));
        Assert.Single(rig.Telegram.Sent, m => m.Text == "Mohon segera berikrar netralitas.");
        Assert.Contains(rig.Telegram.Sent, m => m.ChatId == 801 && m.Text == "Mohon segera berikrar netralitas.");
    }

    [BrowserFact]
    public async Task A_super_admin_composes_previews_and_sends_a_broadcast_and_sees_the_final_report()
    {
        await using var rig = await DashboardRig.StartAsync();
        foreach (var chat in new long[] { 811, 812 })
        {
            await rig.SayAsync(chat, "halo");
        }

        var page = await chromium.NewPageAsync();
        await rig.SignInAsync(page, DashboardRig.SuperAdmin);
        await page.GotoAsync(rig.Url("/dasbor/siaran"));
        await page.SelectOptionAsync("#sasaran", "semua");
        await page.FillAsync("#teks", "Apel netralitas Senin 07.30.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pratinjau" }).ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=preview-recipients]");
        Assert.Equal("3", await page.InnerTextAsync("[data-testid=preview-recipients]")); // 811, 812 and the admin who asked for the link
        await HeadlessChromium.ScreenshotAsync(page, "09-siaran-pratinjau");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim sekarang" }).ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=job-status]:has-text('Selesai: 3 dari 3')", new() { Timeout = 30_000 });
        Assert.Equal(3, rig.Telegram.Sent.Count(m => m.Text == "Apel netralitas Senin 07.30."));
    }

    [BrowserFact]
    public async Task The_test_console_shows_the_reading_the_top_entries_and_the_answer_the_bot_gives()
    {
        var engine = (KnowledgeEngine)KnowledgeBaseLoader.Load(new ContentFolder(Path.Combine(AppContext.BaseDirectory, "content")));
        await using var rig = await DashboardRig.StartAsync(configure: services => services.AddSingleton<IQuestionAnswerer>(engine));
        var page = await chromium.NewPageAsync();
        await rig.SignInAsync(page, DashboardRig.AgencyAdmin);
        await page.GotoAsync(rig.Url("/dasbor/uji"));
        const string Question = "pak klo sy like postingan paslon di fb gmn?";
        await page.FillAsync("#tanya", Question);
        await page.GetByRole(AriaRole.Button, new() { Name = "Uji" }).ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=answer]");
        await HeadlessChromium.ScreenshotAsync(page, "10-uji-jawaban");

        var expected = engine.Ask(Question);
        var reading = engine.Read(Question);
        Assert.Equal(expected.Verdict.ToString(), await page.InnerTextAsync("[data-testid=verdict]"));
        Assert.Equal(expected.TopicId ?? "–", await page.InnerTextAsync("[data-testid=topic]"));
        Assert.Equal(expected.Text.ReplaceLineEndings("\n").Trim(), (await page.InnerTextAsync("[data-testid=answer]")).ReplaceLineEndings("\n").Trim());
        Assert.Equal(reading.Intent, await page.InnerTextAsync("[data-testid=intent]"));
        Assert.StartsWith(reading.Actor, await page.InnerTextAsync("[data-testid=actor]"));
        Assert.Equal(engine.Search(Question, 5).Select(h => h.Entry.Id), await page.Locator("[data-testid=hits] tbody code").AllInnerTextsAsync());
    }

    [BrowserFact]
    public async Task The_audit_page_filters_and_shows_an_instansi_admin_only_their_own_entries()
    {
        await using var rig = await DashboardRig.StartAsync();
        var audit = rig.Bot.App.Services.GetRequiredService<IAuditLog>();
        await audit.WriteAsync(new AuditEntry("cli", "broadcast.queue", "job:7 semua", 12, DateTimeOffset.UtcNow));

        var super = await chromium.NewPageAsync();
        await rig.SignInAsync(super, DashboardRig.SuperAdmin);
        await super.GotoAsync(rig.Url("/dasbor/audit?tindakan=BROADCAST"));
        await HeadlessChromium.ScreenshotAsync(super, "11-audit");
        Assert.Equal(["broadcast.queue"], await super.Locator("[data-testid=audit] tbody tr td:nth-child(3)").AllInnerTextsAsync());
        await super.GotoAsync(rig.Url("/dasbor/audit?pelaku=telegram:900"));
        Assert.Contains("dashboard.sign-in", await super.Locator("[data-testid=audit] tbody tr td:nth-child(3)").AllInnerTextsAsync());

        var agency = await chromium.NewPageAsync();
        await rig.SignInAsync(agency, DashboardRig.AgencyAdmin);
        await agency.GotoAsync(rig.Url("/dasbor/audit?pelaku=cli"));
        Assert.Equal(0, await agency.Locator("[data-testid=audit] tbody tr").CountAsync());
        await agency.GotoAsync(rig.Url("/dasbor/audit"));
        Assert.All(await agency.Locator("[data-testid=audit] tbody tr td:nth-child(2)").AllInnerTextsAsync(), actor => Assert.Equal("telegram:" + DashboardRig.AgencyAdmin, actor));
        Assert.NotEqual(0, await agency.Locator("[data-testid=audit] tbody tr").CountAsync());
    }

    private static async Task UploadAsync(IPage page, string name, string content)
    {
        await page.SetInputFilesAsync("#berkas", new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(content) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa berkas" }).ClickAsync();
        await page.WaitForSelectorAsync("#laporan");
    }

    private static Task<int> NotPledgedRowsAsync(IPage page) => page.Locator("[data-testid=not-pledged] tbody tr").CountAsync();

    private static async Task<byte[]> DownloadAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private Pledge Pledge(string nip, string agency, string user, string election = BotUnderTest.ElectionId) => new(
        election, $"NB-{++_receipt:D4}-UJIX", "Nama", EmploymentStatus.Pns, nip, agency, "Unit", Channel.Telegram, user, "uji-1", new string('0', 64), DateTimeOffset.UtcNow);

    [GeneratedRegex(@"^- (.+): (\d+)$", RegexOptions.Multiline)]
    private static partial Regex AgencyLine();
}
