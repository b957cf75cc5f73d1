using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Hosting;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Benchmarks;

/// <summary>
/// The dashboard's Ringkasan page, requested over HTTP from the real <c>serve</c> host (Kestrel on 127.0.0.1, signed in
/// with a session cookie), over the statistics seed: 1,000,000 pledges, 1,200,000 subscribers, and a 30,000-employee
/// roster for one agency, as a super admin and as that agency's instansi admin. Target: under 300 ms.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public partial class DashboardBenchmarks
{
    private const int RosterSize = 30_000;
    private WebApplication _app = null!;
    private HttpClient _super = null!;
    private HttpClient _instansi = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var path = StatisticsSeed.EnsureDatabase();
        _app = BotWebApplication.Create(
            ["--urls", "http://127.0.0.1:0"],
            new Dictionary<string, string?>
            {
                ["Telegram:Token"] = "1:bench",
                ["Telegram:ApiBaseUrl"] = "http://127.0.0.1:9", // nothing listens: polling retries quietly in the background
                ["Storage:Sqlite:Path"] = path,
                ["Content:Path"] = Path.Combine(AppContext.BaseDirectory, "content"),
                ["Pledge:ElectionId"] = StatisticsSeed.ElectionId,
                ["Dashboard:PublicUrl"] = "http://127.0.0.1",
                ["Admin:Telegram:1"] = "super",
                ["Admin:Telegram:2"] = "instansi:" + StatisticsSeed.SampleAgency,
            },
            services => services.AddLogging(logging => logging.ClearProviders()));
        await _app.StartAsync();
        var url = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var tokens = SeedRosterAndTokens(path);
        _super = await SignInAsync(url, tokens[0]);
        _instansi = await SignInAsync(url, tokens[1]);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _super.Dispose();
        _instansi.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>A super admin: every agency, the chart, subscribers per channel.</summary>
    [Benchmark]
    public Task<string> RingkasanSuper() => _super.GetStringAsync("/dasbor");

    /// <summary>A super admin choosing that agency: its coverage per unit, and subscribers per channel.</summary>
    [Benchmark]
    public Task<string> RingkasanSuperOneAgency() => _super.GetStringAsync("/dasbor?instansi=" + Uri.EscapeDataString(StatisticsSeed.SampleAgency));

    /// <summary>The instansi admin of the agency with the 30,000-employee roster: its coverage per unit as well.</summary>
    [Benchmark]
    public Task<string> RingkasanInstansi() => _instansi.GetStringAsync("/dasbor");

    private static async Task<HttpClient> SignInAsync(Uri url, string token)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = url };
        var form = await client.GetStringAsync("/masuk?token=" + token);
        var antiforgery = AntiforgeryField().Match(form).Groups[1].Value;
        var signIn = await client.PostAsync("/masuk", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token, ["__RequestVerificationToken"] = antiforgery }));
        var page = await signIn.Content.ReadAsStringAsync();
        if (!page.Contains("Ringkasan ikrar", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Sign-in failed: " + signIn.StatusCode);
        }

        return client;
    }

    /// <summary>The roster, and a sign-in token for the super admin (telegram:1) and one for the instansi admin (telegram:2).</summary>
    private static string[] SeedRosterAndTokens(string path)
    {
        var tokens = new[] { NewToken(), NewToken() };
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM roster_employees WHERE agency_key = $k";
            command.Parameters.AddWithValue("$a", StatisticsSeed.SampleAgency);
            command.Parameters.AddWithValue("$k", AgencyKey.Of(StatisticsSeed.SampleAgency));
            command.ExecuteNonQuery();
            command.CommandText = "INSERT INTO roster_employees(agency, agency_key, nip, full_name, work_unit, imported_at) VALUES ($a, $k, $nip, $n, $u, '2029-01-01T00:00:00.0000000Z')";
            var nip = command.Parameters.Add("$nip", SqliteType.Text);
            var name = command.Parameters.Add("$n", SqliteType.Text);
            var unit = command.Parameters.Add("$u", SqliteType.Text);
            for (var user = 0; user < RosterSize; user++)
            {
                // The seed's NIPs: most of these employees pledged, some are Non-ASN ids and never match.
                nip.Value = (198_001_012_000_000_000L + user).ToString(CultureInfo.InvariantCulture);
                name.Value = "Pegawai " + user.ToString(CultureInfo.InvariantCulture);
                unit.Value = "Unit " + (user % 40).ToString(CultureInfo.InvariantCulture);
                command.ExecuteNonQuery();
            }

            command.Parameters.Clear();
            command.CommandText = "INSERT INTO dashboard_sign_in_tokens(token_hash, actor, created_at, expires_at) VALUES ($h, $actor, $c, $e)";
            var hash = command.Parameters.Add("$h", SqliteType.Text);
            var actor = command.Parameters.Add("$actor", SqliteType.Text);
            command.Parameters.AddWithValue("$c", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$e", DateTimeOffset.UtcNow.AddMinutes(10).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            for (var admin = 0; admin < tokens.Length; admin++)
            {
                hash.Value = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tokens[admin])));
                actor.Value = "telegram:" + (admin + 1).ToString(CultureInfo.InvariantCulture);
                command.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        return tokens;
    }

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + new string('x', 11); // 43 characters

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
