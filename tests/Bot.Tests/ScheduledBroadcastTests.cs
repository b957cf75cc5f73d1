using NetralBot.Bot.Admin;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

public sealed class ScheduledBroadcastTests : IAsyncLifetime
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
    public async Task A_job_for_later_takes_its_recipients_when_it_starts()
    {
        _rig.AddSubscribers(1, 2);
        var (laterId, estimate) = await _rig.Queue.QueueAsync("cli", AdminRole.Super, "Nanti", BroadcastTarget.All, DateTimeOffset.UtcNow.AddHours(1));
        Assert.Equal(2, estimate);
        Assert.Equal(new BroadcastCounts(0, 0, 0, 0), await _rig.Store.CountsAsync(laterId));
        _rig.AddSubscribers(3, 1); // subscribes after the job was queued

        var job = (await _rig.Store.FindAsync(laterId))!;
        using var sender = _rig.NewSender();
        await sender.RunJobAsync(job, CancellationToken.None);
        Assert.Equal(new BroadcastCounts(0, 3, 0, 0), await _rig.Store.CountsAsync(laterId));
        Assert.Equal(3, _telegram.Sent.Count(m => m.Text == "Nanti"));
    }

    [Fact]
    public async Task A_cancelled_job_is_never_sent_and_a_started_one_cannot_be_cancelled()
    {
        _rig.AddSubscribers(1, 2);
        var (laterId, _) = await _rig.Queue.QueueAsync("cli", AdminRole.Super, "Batal", BroadcastTarget.All, DateTimeOffset.UtcNow.AddHours(1));
        Assert.Single(await _rig.Store.ListQueuedAsync(), j => j.Id == laterId);
        Assert.True(await _rig.Store.CancelAsync(laterId, DateTimeOffset.UtcNow));
        Assert.False(await _rig.Store.CancelAsync(laterId, DateTimeOffset.UtcNow));
        Assert.Empty(await _rig.Store.ListQueuedAsync());
        Assert.Null(await _rig.Store.NextDueAsync(DateTimeOffset.UtcNow.AddDays(1)));

        var (nowId, _) = await _rig.Queue.QueueAsync("cli", AdminRole.Super, "Sekarang", BroadcastTarget.All, null);
        using var sender = _rig.NewSender();
        await sender.RunNextDueAsync(CancellationToken.None);
        Assert.False(await _rig.Store.CancelAsync(nowId, DateTimeOffset.UtcNow));
        Assert.DoesNotContain(_telegram.Sent, m => m.Text == "Batal");
    }
}
