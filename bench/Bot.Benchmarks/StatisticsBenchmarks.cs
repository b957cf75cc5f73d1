using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Hosting;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Benchmarks;

/// <summary>
/// What <c>/statistik</c> (and the <c>stats</c> verb) does: <see cref="IPledgeStatisticsStore.GetAsync"/> for the
/// current election, then the text, over 1,000,000 pledges and 1,200,000 subscribers. Target: under 200 ms.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class StatisticsBenchmarks
{
    private ServiceProvider _services = null!;
    private IPledgeStatisticsStore _statistics = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = StatisticsSeed.EnsureDatabase();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = path,
            ["Pledge:ElectionId"] = StatisticsSeed.ElectionId,
        }).Build();

        // The app's composition, as serve builds it; resolving the database applies pending migrations to the seed.
        _services = new ServiceCollection().AddLogging().AddNetralBotCore(BotSettingsReader.Read(configuration)).BuildServiceProvider();
        _statistics = _services.GetRequiredService<IPledgeStatisticsStore>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>A super admin: every agency, and the pledge rate of all active subscribers.</summary>
    [Benchmark]
    public async Task<string> StatistikSuper() =>
        PledgeStatisticsText.Format(await _statistics.GetAsync(StatisticsSeed.ElectionId, null));

    /// <summary>An instansi admin of a typical agency (about 2.5 % of the pledges).</summary>
    [Benchmark]
    public async Task<string> StatistikInstansi() =>
        PledgeStatisticsText.Format(await _statistics.GetAsync(StatisticsSeed.ElectionId, StatisticsSeed.SampleAgency));

    /// <summary>An instansi admin of the largest agency (about 17 % of the pledges): the slowest case.</summary>
    [Benchmark]
    public async Task<string> StatistikInstansiLargest() =>
        PledgeStatisticsText.Format(await _statistics.GetAsync(StatisticsSeed.ElectionId, StatisticsSeed.Agencies[0]));
}
