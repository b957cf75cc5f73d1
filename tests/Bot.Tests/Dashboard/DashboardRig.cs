using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests.Dashboard;

/// <summary>
/// The real <c>serve</c> host with the dashboard on, on 127.0.0.1 (a real SQLite file, the fake Telegram API), and the
/// steps the browser tests share: signing in by the link <c>/dasbor</c> returns, pledging through the chat.
/// </summary>
internal sealed partial class DashboardRig : IAsyncDisposable
{
    public const long SuperAdmin = 900;
    public const long AgencyAdmin = 901;
    public const string AdminAgency = "Pemerintah Kabupaten Bogor";

    private DashboardRig(FakeTelegramServer telegram, TestContent content, BotUnderTest bot)
    {
        Telegram = telegram;
        Content = content;
        Bot = bot;
    }

    public FakeTelegramServer Telegram { get; }

    public TestContent Content { get; }

    public BotUnderTest Bot { get; }

    public static async Task<DashboardRig> StartAsync(IReadOnlyDictionary<string, string?>? extra = null, Action<IServiceCollection>? configure = null)
    {
        var telegram = await FakeTelegramServer.StartAsync();
        var content = new TestContent();
        var url = $"http://127.0.0.1:{FreePort()}";
        var settings = new Dictionary<string, string?>(extra ?? new Dictionary<string, string?>())
        {
            ["urls"] = url,
            ["Dashboard:PublicUrl"] = url,
            [$"Admin:Telegram:{SuperAdmin}"] = "super",
            [$"Admin:Telegram:{AgencyAdmin}"] = "instansi:" + AdminAgency,
            ["Broadcast:GlobalRatePerSecond"] = "1000",
        };
        var bot = await BotUnderTest.StartAsync(telegram, content, extra: settings, configure: configure);
        Assert.Equal(url, bot.BaseUrl.TrimEnd('/'));
        return new DashboardRig(telegram, content, bot);
    }

    /// <summary>Sends one chat message and returns the replies it got.</summary>
    public async Task<IReadOnlyList<SentMessage>> SayAsync(long chat, string text, int expectedReplies = 1)
    {
        var before = Telegram.Sent.Count(m => m.ChatId == chat);
        Telegram.EnqueueText(chat, text);
        return (await Telegram.WaitForMessagesAsync(chat, before + expectedReplies)).Skip(before).ToList();
    }

    /// <summary>Asks the bot for a sign-in link in the private chat and returns it.</summary>
    public async Task<string> SignInLinkAsync(long admin)
    {
        var reply = Assert.Single(await SayAsync(admin, "/dasbor"));
        var match = LinkPattern().Match(reply.Text);
        Assert.True(match.Success, reply.Text);
        return match.Value;
    }

    /// <summary>Opens the link from <c>/dasbor</c>, presses "Masuk" and lands on the summary.</summary>
    public async Task SignInAsync(IPage page, long admin)
    {
        await page.GotoAsync(await SignInLinkAsync(admin));
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await page.WaitForURLAsync(Bot.BaseUrl.TrimEnd('/') + "/dasbor");
    }

    /// <summary>Pledges as a PNS through the chat dialog.</summary>
    public async Task PledgeAsync(long chat, string nip, string agency, string unit)
    {
        await SayAsync(chat, "IKRAR", 3);
        await SayAsync(chat, "Budi Santoso");
        var before = Telegram.Sent.Count(m => m.ChatId == chat);
        Telegram.EnqueueCallback(chat, "pledge:status:PNS");
        await Telegram.WaitForMessagesAsync(chat, before + 1);
        await SayAsync(chat, nip);
        await SayAsync(chat, agency);
        await SayAsync(chat, unit);
        var receipt = await SayAsync(chat, "saya berikrar");
        Assert.Contains("Kode bukti", receipt[0].Text);
    }

    public string Url(string path) => Bot.BaseUrl.TrimEnd('/') + path;

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Telegram.DisposeAsync();
        Content.Dispose();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/masuk\?token=[A-Za-z0-9_-]+")]
    private static partial Regex LinkPattern();
}
