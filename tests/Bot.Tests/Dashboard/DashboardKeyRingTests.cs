using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Dashboard;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Bot.Tests.Storage;

namespace NetralBot.Bot.Tests.Dashboard;

/// <summary>
/// Two <c>serve</c> instances on one database, as behind a load balancer: the session cookie one issues is accepted by
/// the other, because the Data Protection key ring lives in the database under one application name.
/// </summary>
public sealed partial class DashboardKeyRingTests : IDisposable
{
    private const long Admin = 900;
    private static readonly Dictionary<string, string?> NoSettings = [];
    private readonly List<TestContent> _contents = [];

    public void Dispose()
    {
        foreach (var content in _contents)
        {
            content.Dispose();
        }
    }

    [Fact]
    public async Task A_session_from_one_instance_is_valid_on_another_on_the_same_sqlite_file_and_not_on_another_database()
    {
        var shared = NewContent();
        await using var first = await Instance.StartAsync(shared, NoSettings);
        await using var second = await Instance.StartAsync(shared, NoSettings);
        await using var elsewhere = await Instance.StartAsync(NewContent(), NoSettings);

        var session = await SignInAsync(first, second);

        await AssertSignedInAsync(second, session);
        await AssertSignedInAsync(first, session);
        // The control: an instance with a key ring of its own does not know the cookie and sends the admin to sign in.
        var refused = await GetAsync(elsewhere, "/dasbor", session);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/masuk", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_session_from_one_instance_is_valid_on_another_on_the_same_postgres_database()
    {
        var database = new PostgresTestDatabase();
        await database.InitializeAsync();
        try
        {
            var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "postgres", ["Storage:Postgres:ConnectionString"] = database.ConnectionString };
            await using var first = await Instance.StartAsync(NewContent(), settings);
            await using var second = await Instance.StartAsync(NewContent(), settings);

            var session = await SignInAsync(first, second);

            await AssertSignedInAsync(second, session);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    /// <summary>
    /// Both instances render an anti-forgery form first (each then holds the key ring in memory), then the admin signs in
    /// on <paramref name="first"/>; returns the session cookie.
    /// </summary>
    private static async Task<string> SignInAsync(Instance first, Instance second)
    {
        var link = new Uri(await first.Bot.App.Services.GetRequiredService<SignInLinks>().IssueAsync("telegram:" + Admin));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(second, link.PathAndQuery, null)).StatusCode);
        var form = await GetAsync(first, link.PathAndQuery, null);
        var html = await form.Content.ReadAsStringAsync();
        var antiforgeryCookie = Cookie(form, "netralbot_af");
        var token = Regex.Match(link.Query, "token=([^&]+)").Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, first.Url("/masuk"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token, ["__RequestVerificationToken"] = AntiforgeryField().Match(html).Groups[1].Value }),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        var signedIn = await Client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return Cookie(signedIn, DashboardWeb.SessionCookie);
    }

    private static async Task AssertSignedInAsync(Instance instance, string session)
    {
        var page = await GetAsync(instance, "/dasbor", session);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Ringkasan ikrar", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> GetAsync(Instance instance, string pathAndQuery, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, instance.Url(pathAndQuery));
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>The <c>name=value</c> pair of the cookie the response sets.</summary>
    private static string Cookie(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(name + "=", StringComparison.Ordinal)).Split(';')[0];

    private TestContent NewContent()
    {
        var content = new TestContent();
        _contents.Add(content);
        return content;
    }

    // Cookies are carried by hand, so the instances (which differ only by port) cannot share them by accident.
    private static HttpClient Client { get; } = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>One <c>serve</c> host with the dashboard on and its own fake Telegram API.</summary>
    private sealed class Instance(FakeTelegramServer telegram, BotUnderTest bot) : IAsyncDisposable
    {
        public BotUnderTest Bot { get; } = bot;

        public static async Task<Instance> StartAsync(TestContent content, IReadOnlyDictionary<string, string?> extra)
        {
            var telegram = await FakeTelegramServer.StartAsync();
            var url = $"http://127.0.0.1:{FreePort()}";
            var settings = new Dictionary<string, string?>(extra)
            {
                ["urls"] = url,
                ["Dashboard:PublicUrl"] = url,
                [$"Admin:Telegram:{Admin}"] = "super",
            };
            return new Instance(telegram, await BotUnderTest.StartAsync(telegram, content, extra: settings));
        }

        public string Url(string pathAndQuery) => Bot.BaseUrl.TrimEnd('/') + pathAndQuery;

        public async ValueTask DisposeAsync()
        {
            await Bot.DisposeAsync();
            await telegram.DisposeAsync();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
