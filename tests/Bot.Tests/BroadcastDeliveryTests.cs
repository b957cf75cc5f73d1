using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Common;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

public sealed class BroadcastDeliveryTests : BroadcastTestBase
{
    [Fact]
    public async Task Ten_thousand_recipients_each_get_the_message_exactly_once()
    {
        Rig.AddSubscribers(100_000, 10_000);
        var (jobId, recipients) = await Rig.Queue.QueueAsync("cli", AdminRole.Super, "Ingat: ASN wajib netral <b>", BroadcastTarget.All, null);
        Assert.Equal(10_000, recipients);

        using var sender = Rig.NewSender();
        Assert.True(await sender.RunNextDueAsync(CancellationToken.None));

        var sent = FakeApi.Sent;
        Assert.Equal(10_000, sent.Count);
        Assert.Equal(10_000, sent.Select(m => m.ChatId).Distinct().Count());
        Assert.All(sent, m => Assert.Equal("Ingat: ASN wajib netral &lt;b&gt;", m.Text));
        Assert.Equal(new BroadcastCounts(0, 10_000, 0, 0), await Rig.Store.CountsAsync(jobId));
        Assert.Equal(BroadcastJobStatus.Done, (await Rig.Store.FindAsync(jobId))!.Status);
        Assert.False(await sender.RunNextDueAsync(CancellationToken.None)); // nothing left to pick up
    }

    [Fact]
    public async Task Retry_after_is_obeyed_and_a_blocked_chat_becomes_inactive()
    {
        Rig.AddSubscribers(200, 20);
        FakeApi.InjectFault(205, new InjectedFault(429, "Too Many Requests: retry after 7", 7));
        FakeApi.InjectFault(210, new InjectedFault(403, "Forbidden: bot was blocked by the user"));
        FakeApi.InjectFault(215, new InjectedFault(400, "Bad Request: chat not found"));
        var (jobId, _) = await Rig.Queue.QueueAsync("cli", AdminRole.Super, "Pesan", BroadcastTarget.All, null);

        using var sender = Rig.NewSender();
        await sender.RunNextDueAsync(CancellationToken.None);

        // The 429 paused the workers for (nearly all of) the 7 s asked, measured from when it arrived.
        Assert.Contains(Rig.Delay.Delays, d => d > TimeSpan.FromSeconds(6) && d <= TimeSpan.FromSeconds(7));
        Assert.Single(FakeApi.Sent, m => m.ChatId == 205);
        Assert.DoesNotContain(FakeApi.Sent, m => m.ChatId is 210 or 215);
        Assert.Equal(new BroadcastCounts(0, 18, 1, 1), await Rig.Store.CountsAsync(jobId));
        Assert.False((await Rig.Subscribers.FindAsync(Channel.Telegram, "210"))!.IsActive);
        Assert.True((await Rig.Subscribers.FindAsync(Channel.Telegram, "215"))!.IsActive);
    }

    [Fact]
    public async Task Sender_stopped_mid_broadcast_resumes_after_restart_without_repeats()
    {
        Rig.AddSubscribers(300_000, 1500);
        var (jobId, _) = await Rig.Queue.QueueAsync("cli", AdminRole.Super, "Lanjut", BroadcastTarget.All, null);
        using var stop = new CancellationTokenSource();
        var accepted = 0;
        FakeApi.BeforeAccept = _ =>
        {
            if (Interlocked.Increment(ref accepted) == 600)
            {
                stop.Cancel();
            }

            return Task.CompletedTask;
        };

        using (var first = Rig.NewSender())
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.RunNextDueAsync(stop.Token));
        }

        var midway = await Rig.Store.CountsAsync(jobId);
        Assert.InRange(midway.Sent, 600, 1499);
        Assert.Equal(midway.Sent, FakeApi.Sent.Count); // every accepted message was recorded before stopping
        Assert.Equal(BroadcastJobStatus.Running, (await Rig.Store.FindAsync(jobId))!.Status);

        FakeApi.BeforeAccept = null;
        using (var second = Rig.NewSender())
        {
            Assert.True(await second.RunNextDueAsync(CancellationToken.None));
        }

        Assert.Equal(1500, FakeApi.Sent.Count);
        Assert.Equal(1500, FakeApi.Sent.Select(m => m.ChatId).Distinct().Count());
        Assert.Equal(new BroadcastCounts(0, 1500, 0, 0), await Rig.Store.CountsAsync(jobId));
    }

    [Fact]
    public async Task Instansi_admin_reaches_only_their_agency()
    {
        Rig.AddSubscribers(1, 6);
        await Rig.PledgeAsync(1, "BKN");
        await Rig.PledgeAsync(2, "bkn");
        await Rig.PledgeAsync(3, "Kemendagri");
        var role = new AdminRole(AdminRoleKind.Instansi, "BKN");

        await Assert.ThrowsAsync<AdminAccessDeniedException>(() => Rig.Queue.QueueAsync("telegram:9", role, "x", BroadcastTarget.ForAgency("Kemendagri"), null));
        await Assert.ThrowsAsync<AdminAccessDeniedException>(() => Rig.Queue.QueueAsync("telegram:9", role, "x", BroadcastTarget.All, null));
        await Assert.ThrowsAsync<AdminAccessDeniedException>(() => Rig.Queue.QueueAsync("telegram:9", role, "x", BroadcastTarget.NotPledged, null));
        Assert.Null(await Rig.Store.NextDueAsync(DateTimeOffset.UtcNow.AddDays(1)));
        Assert.Equal(3, (await Rig.Audit.ListAsync(10)).Count(e => e.Action == "broadcast.denied" && e.Actor == "telegram:9"));

        var (_, recipients) = await Rig.Queue.QueueAsync("telegram:9", role, "Khusus BKN", BroadcastTarget.ForAgency("BKN"), null);
        Assert.Equal(2, recipients);
        using var sender = Rig.NewSender();
        await sender.RunNextDueAsync(CancellationToken.None);
        Assert.Equal([1L, 2L], FakeApi.Sent.Where(m => m.Text == "Khusus BKN").Select(m => m.ChatId).Order().ToArray());
        var queued = Assert.Single(await Rig.Audit.ListAsync(10), e => e.Action == "broadcast.queue");
        Assert.Equal(2, queued.Count);
    }

    [Fact]
    public async Task Not_pledged_target_skips_those_who_pledged_and_a_future_job_waits()
    {
        Rig.AddSubscribers(1, 5);
        await Rig.PledgeAsync(4, "BKN");
        var later = DateTimeOffset.UtcNow.AddHours(2);
        var (_, recipients) = await Rig.Queue.QueueAsync("cli", AdminRole.Super, "Ayo berikrar", BroadcastTarget.NotPledged, later);
        Assert.Equal(4, recipients);
        Assert.Null(await Rig.Store.NextDueAsync(DateTimeOffset.UtcNow));
        Assert.NotNull(await Rig.Store.NextDueAsync(later));
    }

    [Fact]
    public async Task A_429_pauses_every_worker_not_only_the_one_that_got_it()
    {
        Rig.AddSubscribers(1, 200);
        FakeApi.InjectFault(1, new InjectedFault(429, "Too Many Requests: retry after 30", 30));
        var (jobId, _) = await Rig.Queue.QueueAsync("cli", AdminRole.Super, "Pesan", BroadcastTarget.All, null);
        using var sender = Rig.NewSender(workers: 4);
        await sender.RunNextDueAsync(CancellationToken.None);

        // The test delay does not sleep, so the 30-s pause is still in force for every later send: each waits first.
        var pauses = Rig.Delay.Delays.Count(d => d > TimeSpan.FromSeconds(25) && d <= TimeSpan.FromSeconds(30));
        Assert.InRange(pauses, 100, 200); // not only the worker that got the 429 (the first sends may precede it)
        Assert.Equal(new BroadcastCounts(0, 200, 0, 0), await Rig.Store.CountsAsync(jobId));
        Assert.Single(FakeApi.Sent, m => m.ChatId == 1);
    }
}
