using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NetralBot.Bot.Access;
using NetralBot.Bot.Feedback;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Tests.Dashboard;

/// <summary>
/// The Pertanyaan page in headless Chromium against the real <c>serve</c> answering from the shipped knowledge base:
/// a question the bot could not answer, asked through the fake Telegram API, is attached to an entry; the running bot
/// and the <c>ask</c> and <c>kb export --json</c> verbs over the same database then know it.
/// </summary>
public sealed class PertanyaanPageTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>
{
    private const string Entry = "netralitas-pengertian";
    private const string Nip = "199001012015011001";
    private const string Asker = "Sutrisno";
    private const long Employee = 700;

    [BrowserFact]
    public async Task Attach_an_unanswered_question_to_an_entry_and_see_ask_answer_it()
    {
        await using var rig = await StartAsync();
        const string Question = "apakah pns boleh memelihara kucing saat pemilu?";
        var entryTitle = rig.Bot.App.Services.GetRequiredService<LiveKnowledgeBase>().Content.Find(Entry)!.Question;
        var before = await AskThroughTelegramAsync(rig, $"nama saya {Asker}, NIP {Nip}. {Question}");
        Assert.DoesNotContain(entryTitle, before);
        await AskThroughTelegramAsync(rig, Question);

        var page = await chromium.NewPageAsync();
        await rig.SignInAsync(page, DashboardRig.SuperAdmin);
        await page.GotoAsync(rig.Url("/dasbor/pertanyaan"));
        var group = page.Locator("[data-testid=group]", new() { HasText = "kucing" }).First;
        await HeadlessChromium.ScreenshotAsync(page, "12-pertanyaan");
        Assert.Equal(2, await page.Locator("[data-testid=group]").CountAsync()); // the two wordings differ too much to be one
        Assert.Equal("tak terjawab", await group.Locator("[data-testid=kind]").InnerTextAsync());
        Assert.NotEqual(0, await group.Locator("[data-testid=closest] tbody tr").CountAsync());
        var html = await page.ContentAsync();
        Assert.DoesNotContain(Nip, html); // scrubbed when logged
        Assert.DoesNotContain(Asker, html);
        Assert.DoesNotContain("telegram:" + Employee, html);
        foreach (var row in await rig.Bot.App.Services.GetRequiredService<IFeedbackStore>().ListAsync(null, [FeedbackKind.Unanswered]))
        {
            Assert.DoesNotContain(row.UserHash, html); // no user hash on the page
        }

        var plain = page.Locator("[data-testid=group]", new() { Has = page.GetByText(Question, new() { Exact = true }) });
        Assert.Equal(Question, await plain.Locator("[data-testid=question]").InnerTextAsync());
        await plain.Locator("select[name=entri]").SelectOptionAsync(Entry);
        await plain.GetByRole(AriaRole.Button, new() { Name = "Lampirkan" }).ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=message].ok");
        await HeadlessChromium.ScreenshotAsync(page, "13-pertanyaan-dilampirkan");
        Assert.Equal(1, await page.Locator("[data-testid=group]").CountAsync());
        Assert.Equal([Entry, Question], (await page.Locator("[data-testid=attached] tbody tr >> nth=0 >> td").AllInnerTextsAsync()).Take(2));

        // The running bot answers it from the entry at once, without a restart.
        Assert.Contains(entryTitle, await AskThroughTelegramAsync(rig, Question));

        // ask over the same database answers it from the entry; kb export shows the phrasing as stored.
        var (exit, stdout, stderr) = await CliProcess.RunAsync(rig.Content, Question + "\n", new Dictionary<string, string>(), "ask", "--jsonl");
        Assert.True(exit == 0, stderr);
        using (var answer = JsonDocument.Parse(stdout))
        {
            Assert.Equal(Entry, answer.RootElement.GetProperty("topic").GetString());
        }

        (exit, stdout, stderr) = await CliProcess.RunAsync(rig.Content, "", new Dictionary<string, string>(), "kb", "export", "--json");
        Assert.True(exit == 0, stderr);
        using (var export = JsonDocument.Parse(stdout))
        {
            var entries = export.RootElement.EnumerateArray().ToList();
            var attached = entries.Single(e => e.GetProperty("id").GetString() == Entry);
            Assert.Equal([Question], attached.GetProperty("phrasingsFromDatabase").EnumerateArray().Select(p => p.GetString()));
            Assert.DoesNotContain(Question, attached.GetProperty("phrasings").EnumerateArray().Select(p => p.GetString()));
            Assert.All(entries.Where(e => e.GetProperty("id").GetString() != Entry), e => Assert.Equal(0, e.GetProperty("phrasingsFromDatabase").GetArrayLength()));
        }

        var audit = await rig.Bot.App.Services.GetRequiredService<IAuditLog>().ListAsync(50);
        Assert.Contains(audit, e => e.Action == "questions.attach" && e.Actor == "telegram:" + DashboardRig.SuperAdmin && e.Target.StartsWith("entri:" + Entry, StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task An_instansi_admin_sees_the_questions_but_a_post_by_url_is_refused_and_audited_and_a_super_admin_marks_one_out_of_scope()
    {
        await using var rig = await StartAsync();
        const string Question = "resep rendang buat syukuran pemilu gimana?";
        await AskThroughTelegramAsync(rig, Question);

        var agency = await chromium.NewPageAsync();
        await rig.SignInAsync(agency, DashboardRig.AgencyAdmin);
        await agency.GotoAsync(rig.Url("/dasbor/pertanyaan"));
        Assert.Equal(Question, await agency.InnerTextAsync("[data-testid=group] [data-testid=question]"));
        Assert.Equal(0, await agency.Locator("[data-testid=group] form").CountAsync());

        // The anti-forgery token of the page's own sign-out form, so the refusal is the role's, not the token's.
        foreach (var handler in new[] { "Lampirkan", "LuarCakupan" })
        {
            var status = await agency.EvaluateAsync<int>(
                """
                async ([handler, question]) => {
                    const body = new URLSearchParams({
                        __RequestVerificationToken: document.querySelector('input[name=__RequestVerificationToken]').value,
                        jenis: 'unanswered', pertanyaan: question, entri: 'mencoblos' });
                    const response = await fetch('/dasbor/pertanyaan?handler=' + handler, { method: 'POST', body });
                    return response.status;
                }
                """,
                new object[] { handler, Question });
            Assert.Equal(403, status);
        }

        var services = rig.Bot.App.Services;
        Assert.Empty(await services.GetRequiredService<IQuestionTriageStore>().ListPhrasingsAsync());
        Assert.Empty(await services.GetRequiredService<IQuestionTriageStore>().DecidedKeysAsync());
        var audit = await services.GetRequiredService<IAuditLog>().ListAsync(50);
        Assert.Equal(2, audit.Count(e => e.Action == "dashboard.denied" && e.Actor == "telegram:" + DashboardRig.AgencyAdmin && e.Target.StartsWith("/dasbor/pertanyaan", StringComparison.Ordinal)));

        var super = await chromium.NewPageAsync(phone: true);
        await rig.SignInAsync(super, DashboardRig.SuperAdmin);
        await super.GotoAsync(rig.Url("/dasbor/pertanyaan"));
        await HeadlessChromium.ScreenshotAsync(super, "14-pertanyaan-ponsel");
        Assert.True(await super.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), "the page scrolls sideways on a phone");
        await super.GetByRole(AriaRole.Button, new() { Name = "Di luar cakupan" }).ClickAsync();
        await super.WaitForSelectorAsync("[data-testid=empty]");
        Assert.Contains("di luar cakupan", await super.InnerTextAsync("[data-testid=message]"));
        Assert.Contains(await services.GetRequiredService<IAuditLog>().ListAsync(50), e => e.Action == "questions.out-of-scope" && e.Actor == "telegram:" + DashboardRig.SuperAdmin);
        await agency.ReloadAsync();
        Assert.Equal(1, await agency.Locator("[data-testid=empty]").CountAsync());
    }

    // The real engine answers (BotUnderTest registers a fake by default).
    private static Task<DashboardRig> StartAsync() =>
        DashboardRig.StartAsync(configure: services => services.AddSingleton<IQuestionAnswerer>(sp => sp.GetRequiredService<LiveKnowledgeBase>()));

    /// <summary>Asks in the employee's private chat and returns the reply (the question log is written before it is sent).</summary>
    private static async Task<string> AskThroughTelegramAsync(DashboardRig rig, string question) =>
        string.Join("\n", (await rig.SayAsync(Employee, question)).Select(r => r.Text));
}
