using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NetralBot.Bot.Access;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Dashboard;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests.Dashboard;

/// <summary>Signing in to the dashboard by the link <c>/dasbor</c> returns, in headless Chromium against the real <c>serve</c>.</summary>
public sealed class DashboardSignInTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>
{
    [BrowserFact]
    public async Task An_admin_signs_in_by_the_link_once_gets_a_strict_http_only_session_and_signs_out()
    {
        await using var rig = await DashboardRig.StartAsync();
        var page = await chromium.NewPageAsync();
        var link = await rig.SignInLinkAsync(DashboardRig.SuperAdmin);
        var response = await page.GotoAsync(link);
        Assert.Equal(200, response!.Status);
        await HeadlessChromium.ScreenshotAsync(page, "01-masuk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await page.WaitForURLAsync(rig.Url("/dasbor"));
        Assert.Contains("Ringkasan ikrar", await page.InnerTextAsync("h1"));

        var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == DashboardWeb.SessionCookie);
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.False(cookie.Secure); // http://127.0.0.1: a Secure cookie would never come back
        Assert.InRange(cookie.Expires - DateTimeOffset.UtcNow.ToUnixTimeSeconds(), TimeSpan.FromHours(7.9).TotalSeconds, TimeSpan.FromHours(8.1).TotalSeconds);

        // The same link a second time, in another browser: refused, clearly, and audited.
        var other = await chromium.NewPageAsync();
        var again = await other.GotoAsync(link);
        Assert.Equal(400, again!.Status);
        Assert.Contains("sudah pernah dipakai", await other.InnerTextAsync("main"));
        Assert.Equal(0, await other.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await page.WaitForURLAsync(rig.Url("/masuk?keluar=1"));
        await page.GotoAsync(rig.Url("/dasbor"));
        Assert.StartsWith(rig.Url("/masuk"), page.Url); // the session is gone

        var audit = await rig.Bot.App.Services.GetRequiredService<IAuditLog>().ListAsync(20);
        Assert.Contains(audit, e => e.Action == "dashboard.sign-in" && e.Actor == "telegram:" + DashboardRig.SuperAdmin);
        Assert.Contains(audit, e => e.Action == "dashboard.sign-in.refused" && e.Target == "used");
        Assert.Contains(audit, e => e.Action == "dashboard.sign-out");
    }

    [BrowserFact]
    public async Task Forged_and_expired_tokens_get_a_clear_page_and_an_audit_row_and_no_session()
    {
        await using var rig = await DashboardRig.StartAsync();
        var page = await chromium.NewPageAsync();

        var forged = await page.GotoAsync(rig.Url("/masuk?token=" + new string('A', 43)));
        Assert.Equal(400, forged!.Status);
        Assert.Contains("tidak dikenal", await page.InnerTextAsync("main"));
        await HeadlessChromium.ScreenshotAsync(page, "02-token-palsu");

        // A real token, issued 20 minutes ago.
        var token = new string('e', 43);
        var now = DateTimeOffset.UtcNow;
        await rig.Bot.App.Services.GetRequiredService<ISignInTokenStore>()
            .CreateAsync(SignInLinks.Hash(token), "telegram:" + DashboardRig.SuperAdmin, now.AddMinutes(-20), now.AddMinutes(-10));
        var expired = await page.GotoAsync(rig.Url("/masuk?token=" + token));
        Assert.Equal(400, expired!.Status);
        Assert.Contains("kedaluwarsa", await page.InnerTextAsync("main"));

        // Posting the expired token directly (past the page) starts no session either.
        await page.GotoAsync(rig.Url("/dasbor"));
        Assert.StartsWith(rig.Url("/masuk"), page.Url);
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == DashboardWeb.SessionCookie);

        var audit = await rig.Bot.App.Services.GetRequiredService<IAuditLog>().ListAsync(20);
        Assert.Contains(audit, e => e.Action == "dashboard.sign-in.refused" && e.Target == "unknown" && e.Actor == "anonim");
        Assert.Contains(audit, e => e.Action == "dashboard.sign-in.refused" && e.Target == "expired" && e.Actor == "telegram:" + DashboardRig.SuperAdmin);
    }

    [Fact]
    public async Task A_non_admin_gets_the_ordinary_reply_and_an_admin_hears_that_the_dashboard_is_off()
    {
        var telegram = await FakeTelegramServer.StartAsync();
        using var content = new TestContent();
        await using (var bot = await BotUnderTest.StartAsync(telegram, content, extra: new Dictionary<string, string?> { ["Admin:Telegram:900"] = "super" }))
        {
            telegram.EnqueueText(501, "/dasbor");
            Assert.Equal(BotTexts.UnknownCommand, Assert.Single(await telegram.WaitForMessagesAsync(501, 1)).Text);
            telegram.EnqueueText(900, "/dasbor");
            Assert.Equal(DashboardTexts.Off, Assert.Single(await telegram.WaitForMessagesAsync(900, 1)).Text);
            using var http = new HttpClient();
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync(bot.BaseUrl.TrimEnd('/') + "/dasbor")).StatusCode);
        }

        await telegram.DisposeAsync();
    }
}
