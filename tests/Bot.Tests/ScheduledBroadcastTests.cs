using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

public sealed class ScheduledBroadcastTests : BroadcastTestBase
{
    [Fact]
    public async Task A_job_for_later_takes_its_recipients_when_it_starts()
    {
        Rig.AddSubscribers(1, 2);
        var (laterId, estimate) = await Rig.Queue.QueueAsync("cli", AdminRole.Super, "Nanti", BroadcastTarget.All, DateTimeOffset.UtcNow.AddHours(1));
        Assert.Equal(2, estimate);
        Assert.Equal(new BroadcastCounts(0, 0, 0, 0), await Rig.Store.CountsAsync(laterId));
        Rig.AddSubscribers(3, 1); // subscribes after the job was queued

        var job = (await Rig.Store.FindAsync(laterId))!;
        using var sender = Rig.NewSender();
        await sender.RunJobAsync(job, CancellationToken.None);
        Assert.Equal(new BroadcastCounts(0, 3, 0, 0), await Rig.Store.CountsAsync(laterId));
        Assert.Equal(3, FakeApi.Sent.Count(m => m.Text == "Nanti"));
    }

    [Fact]
    public async Task A_cancelled_job_is_never_sent_and_a_started_one_cannot_be_cancelled()
    {
        Rig.AddSubscribers(1, 2);
        var (laterId, _) = await Rig.Queue.QueueAsync("cli", AdminRole.Super, "Batal", BroadcastTarget.All, DateTimeOffset.UtcNow.AddHours(1));
        Assert.Single(await Rig.Store.ListQueuedAsync(), j => j.Id == laterId);
        Assert.True(await Rig.Store.CancelAsync(laterId, DateTimeOffset.UtcNow));
        Assert.False(await Rig.Store.CancelAsync(laterId, DateTimeOffset.UtcNow));
        Assert.Empty(await Rig.Store.ListQueuedAsync());
        Assert.Null(await Rig.Store.NextDueAsync(DateTimeOffset.UtcNow.AddDays(1)));

        var (nowId, _) = await Rig.Queue.QueueAsync("cli", AdminRole.Super, "Sekarang", BroadcastTarget.All, null);
        using var sender = Rig.NewSender();
        await sender.RunNextDueAsync(CancellationToken.None);
        Assert.False(await Rig.Store.CancelAsync(nowId, DateTimeOffset.UtcNow));
        Assert.DoesNotContain(FakeApi.Sent, m => m.Text == "Batal");
    }
}
