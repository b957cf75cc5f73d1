using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

public sealed class BroadcastOutageTests : BroadcastTestBase
{
    [Fact]
    public async Task Persistent_5xx_pauses_the_job_with_the_row_pending_and_a_later_run_delivers_it()
    {
        Rig.AddSubscribers(1, 1);
        for (var i = 0; i < 5; i++)
        {
            FakeApi.InjectFault(1, new InjectedFault(502, "Bad Gateway"));
        }

        var (jobId, _) = await Rig.Queue.QueueAsync("cli", NetralBot.Bot.Access.AdminRole.Super, "Tetap sampai", BroadcastTarget.All, null);
        using var sender = Rig.NewSender();
        await Assert.ThrowsAsync<BroadcastInterruptedException>(() => sender.RunNextDueAsync(CancellationToken.None));
        Assert.Equal(4, Rig.Delay.Delays.Count); // backed off between the five attempts
        Assert.Equal(new BroadcastCounts(1, 0, 0, 0), await Rig.Store.CountsAsync(jobId));

        await sender.RunNextDueAsync(CancellationToken.None);
        Assert.Single(FakeApi.Sent);
        Assert.Equal(new BroadcastCounts(0, 1, 0, 0), await Rig.Store.CountsAsync(jobId));
    }
}
