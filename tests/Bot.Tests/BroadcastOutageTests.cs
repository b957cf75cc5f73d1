using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

public sealed class BroadcastOutageTests : IAsyncLifetime
{
    private FakeTelegramServer _telegram = null!;
    private readonly TestContent _content = new();
    private BroadcastRig _rig = null!;

    public async Task InitializeAsync()
    {
        _telegram = await FakeTelegramServer.StartAsync();
        _rig = new BroadcastRig(_telegram, _content);
    }

    public async Task DisposeAsync()
    {
        _rig.Dispose();
        await _telegram.DisposeAsync();
        _content.Dispose();
    }

    [Fact]
    public async Task Persistent_5xx_pauses_the_job_with_the_row_pending_and_a_later_run_delivers_it()
    {
        _rig.AddSubscribers(1, 1);
        for (var i = 0; i < 5; i++)
        {
            _telegram.InjectFault(1, new InjectedFault(502, "Bad Gateway"));
        }

        var (jobId, _) = await _rig.Queue.QueueAsync("cli", NetralBot.Bot.Admin.AdminRole.Super, "Tetap sampai", BroadcastTarget.All, null);
        using var sender = _rig.NewSender();
        await Assert.ThrowsAsync<BroadcastInterruptedException>(() => sender.RunNextDueAsync(CancellationToken.None));
        Assert.Equal(4, _rig.Delay.Delays.Count); // backed off between the five attempts
        Assert.Equal(new BroadcastCounts(1, 0, 0, 0), await _rig.Store.CountsAsync(jobId));

        await sender.RunNextDueAsync(CancellationToken.None);
        Assert.Single(_telegram.Sent);
        Assert.Equal(new BroadcastCounts(0, 1, 0, 0), await _rig.Store.CountsAsync(jobId));
    }
}
