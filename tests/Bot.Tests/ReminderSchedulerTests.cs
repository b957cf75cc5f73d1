using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Common;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Tests;

public sealed class ReminderSchedulerTests : BroadcastTestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var shipped = Path.Combine(AppContext.BaseDirectory, "content", ReminderScheduler.CalendarFileName);
        File.Copy(shipped, Path.Combine(Content.ContentPath, ReminderScheduler.CalendarFileName));
    }

    private ReminderScheduler Scheduler(DateTimeOffset now) =>
        new(Rig.Queue, Rig.Store, new ContentFolder(Content.ContentPath), new FixedTime(now));

    [Fact]
    public async Task Upcoming_reminders_are_queued_once_at_the_local_hour_and_past_ones_are_skipped()
    {
        // Between the Pilkada 2024 campaign start (25 Sep) and the quiet period (24 Nov): two reminders are ahead.
        var now = new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero);
        var jobs = await Scheduler(now).ScheduleAsync("cli", AdminRole.Super, "pilkada-2024", IndonesianTimeZone.Wita, new TimeOnly(7, 0));

        Assert.Equal(2, jobs.Count);
        var quiet = jobs[0].Reminder;
        Assert.Equal(new DateTimeOffset(2024, 11, 23, 23, 0, 0, TimeSpan.Zero), quiet.SendAt.ToUniversalTime()); // 24 Nov 07:00 WITA
        var queued = await Rig.Store.ListQueuedAsync();
        Assert.Equal(jobs.Select(j => j.JobId), queued.Select(j => j.Id));
        Assert.Equal(quiet.SendAt, queued[0].ScheduledAt);
        Assert.Equal(jobs.Select(j => j.Reminder.Kind), queued.Select(j => j.ReminderKind)); // handed to the channel adapters
        Assert.Equal(ReminderKinds.MasaTenang, queued[0].ReminderKind);
        Assert.All(queued, j => Assert.Equal(BroadcastTarget.All, j.Target)); // one zone named: everyone, whatever their /zona
        Assert.All(queued, j => Assert.Equal("semua", j.Target.ToString()));

        Assert.Empty(await Scheduler(now).ScheduleAsync("cli", AdminRole.Super, "pilkada-2024", IndonesianTimeZone.Wita, new TimeOnly(7, 0)));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Scheduler(now).ScheduleAsync("cli", AdminRole.Super, "tidak-ada", IndonesianTimeZone.Wib, new TimeOnly(7, 0)));
    }

    [Theory]
    [InlineData("contoh-2029", "data contoh, bukan jadwal resmi")]
    [InlineData("pemilu-2029", "belum ditetapkan")]
    public async Task A_sample_or_undetermined_election_is_refused_with_a_clear_message_unless_forced(string electionId, string reason)
    {
        var now = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

        var refused = await Assert.ThrowsAsync<ElectionNotSchedulableException>(
            () => Scheduler(now).ScheduleAsync("cli", AdminRole.Super, electionId, null, new TimeOnly(7, 0)));

        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.Contains("--force", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await Rig.Store.ListQueuedAsync());

        // Forced, the sample's upcoming reminders are queued; the undetermined election has no dates to plan from.
        var forced = await Scheduler(now).ScheduleAsync("cli", AdminRole.Super, electionId, null, new TimeOnly(7, 0), force: true);
        Assert.Equal(electionId == "contoh-2029", forced.Count > 0);
    }

    [Fact]
    public async Task An_instansi_admins_reminders_go_to_their_agency_only()
    {
        var now = new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero);
        await Scheduler(now).ScheduleAsync("telegram:9", new AdminRole(AdminRoleKind.Instansi, "BKN"), "pilkada-2024", IndonesianTimeZone.Wib, new TimeOnly(7, 0));
        Assert.All(await Rig.Store.ListQueuedAsync(), j => Assert.Equal("instansi:BKN", j.Target.ToString()));
    }

    [Fact]
    public async Task Without_a_zone_each_reminder_is_queued_once_per_zone_at_seven_local_and_again_nothing_new()
    {
        // Pilkada 2024 quiet period starts Sunday 24 Nov 2024 (content/kalender.md); voting is 27 Nov, so H-1 is 26 Nov.
        var now = new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero);
        var jobs = await Scheduler(now).ScheduleAsync("cli", AdminRole.Super, "pilkada-2024", null, new TimeOnly(7, 0));

        Assert.Equal(6, jobs.Count); // two reminders ahead, three zones each
        var quiet = jobs.Where(j => j.Reminder.Kind == ReminderKinds.MasaTenang).Select(j => j.Reminder).ToList();
        Assert.Equal([IndonesianTimeZone.Wib, IndonesianTimeZone.Wita, IndonesianTimeZone.Wit], quiet.Select(r => r.Zone));
        Assert.All(quiet, r => Assert.Equal((new DateOnly(2024, 11, 24), new TimeOnly(7, 0)), (r.LocalDate, r.LocalTime)));
        Assert.Equal(
            [
                new DateTimeOffset(2024, 11, 24, 0, 0, 0, TimeSpan.Zero), // 07:00 WIB
                new DateTimeOffset(2024, 11, 23, 23, 0, 0, TimeSpan.Zero), // 07:00 WITA, the evening before in UTC
                new DateTimeOffset(2024, 11, 23, 22, 0, 0, TimeSpan.Zero), // 07:00 WIT
            ],
            quiet.Select(r => r.SendAt.ToUniversalTime()));

        var queued = (await Rig.Store.ListQueuedAsync()).ToDictionary(j => j.Id);
        Assert.Equal(6, queued.Count);
        foreach (var (jobId, reminder) in jobs)
        {
            var job = queued[jobId];
            Assert.Equal(reminder.SendAt, job.ScheduledAt);
            Assert.Equal(BroadcastTarget.All.InZone(reminder.Zone), job.Target);
            Assert.Equal("semua@" + reminder.Zone.Abbreviation(), job.Target.ToString());
            Assert.Equal(reminder.Kind, job.ReminderKind);
        }

        Assert.Empty(await Scheduler(now).ScheduleAsync("cli", AdminRole.Super, "pilkada-2024", null, new TimeOnly(7, 0)));
        Assert.Empty(await Scheduler(now).ScheduleAsync("cli", AdminRole.Super, "pilkada-2024", IndonesianTimeZone.Wit, new TimeOnly(7, 0)));
        Assert.Equal(6, (await Rig.Store.ListQueuedAsync()).Count);
    }

    [Fact]
    public async Task Each_subscriber_is_a_recipient_of_exactly_the_job_of_their_zone_and_those_without_one_of_the_wib_job()
    {
        // Chats 1-2 have no zone, 3 chose WIB, 4-5 WITA, 6 WIT; 7 chose WITA but opted out.
        Rig.AddSubscribers(1, 7);
        var at = new DateTimeOffset(2028, 12, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var (chat, zone) in new[] { (3, IndonesianTimeZone.Wib), (4, IndonesianTimeZone.Wita), (5, IndonesianTimeZone.Wita), (6, IndonesianTimeZone.Wit), (7, IndonesianTimeZone.Wita) })
        {
            var id = chat.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Rig.Subscribers.SetTimeZoneAsync(Channel.Telegram, id, id, at, zone);
        }

        await Rig.Subscribers.SetOptedOutAsync(Channel.Telegram, "7", "7", at, at);

        // The sample 2029 election: the quiet period (11 Feb 2029) and H-1 (13 Feb 2029) are ahead, still in the future
        // for the store, so recipients are taken when each job starts.
        var jobs = await Scheduler(at).ScheduleAsync("cli", AdminRole.Super, "contoh-2029", null, new TimeOnly(7, 0), force: true);
        Assert.Equal(6, jobs.Count);
        Assert.Equal(3, await Rig.Store.CountRecipientsAsync(BroadcastTarget.All.InZone(IndonesianTimeZone.Wib), BroadcastRig.ElectionId));
        Assert.Equal(2, await Rig.Store.CountRecipientsAsync(BroadcastTarget.All.InZone(IndonesianTimeZone.Wita), BroadcastRig.ElectionId));
        Assert.Equal(1, await Rig.Store.CountRecipientsAsync(BroadcastTarget.All.InZone(IndonesianTimeZone.Wit), BroadcastRig.ElectionId));
        Assert.Equal(6, await Rig.Store.CountRecipientsAsync(BroadcastTarget.All, BroadcastRig.ElectionId));

        var expected = new Dictionary<IndonesianTimeZone, string[]>
        {
            [IndonesianTimeZone.Wib] = ["1", "2", "3"],
            [IndonesianTimeZone.Wita] = ["4", "5"],
            [IndonesianTimeZone.Wit] = ["6"],
        };
        var received = new Dictionary<string, List<string>>();
        foreach (var (jobId, reminder) in jobs)
        {
            await Rig.Store.MarkStartedAsync(jobId, DateTimeOffset.UtcNow);
            var chats = (await Rig.Store.PendingAsync(jobId, 0, 100)).Select(d => d.ChatId).Order().ToArray();
            Assert.Equal(expected[reminder.Zone], chats);
            foreach (var chat in chats)
            {
                (received.TryGetValue(chat, out var kinds) ? kinds : received[chat] = []).Add(reminder.Kind);
            }
        }

        // Everyone gets each reminder exactly once.
        Assert.Equal(["1", "2", "3", "4", "5", "6"], received.Keys.Order());
        Assert.All(received.Values, kinds => Assert.Equal([ReminderKinds.MasaTenang, ReminderKinds.H1Pemungutan], kinds));
    }

    [Fact]
    public async Task An_instansi_admins_plan_per_zone_stays_within_their_agency()
    {
        Rig.AddSubscribers(1, 2);
        await Rig.PledgeAsync(1, "BKN");
        await Rig.PledgeAsync(2, "Pemprov Bali");
        await Rig.Subscribers.SetTimeZoneAsync(Channel.Telegram, "2", "2", DateTimeOffset.UtcNow, IndonesianTimeZone.Wita);
        var now = new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero);
        var jobs = await Scheduler(now).ScheduleAsync("telegram:9", new AdminRole(AdminRoleKind.Instansi, "BKN"), "pilkada-2024", null, new TimeOnly(7, 0));

        Assert.Equal(6, jobs.Count);
        var queued = await Rig.Store.ListQueuedAsync();
        Assert.Equal(
            ["instansi:BKN@WIB", "instansi:BKN@WIT", "instansi:BKN@WITA"],
            queued.Select(j => j.Target.ToString()).Distinct().Order(StringComparer.Ordinal));
        Assert.All(queued, j => Assert.Equal("BKN", j.Target.Agency));
        Assert.Equal(1, await Rig.Store.CountRecipientsAsync(BroadcastTarget.ForAgency("BKN").InZone(IndonesianTimeZone.Wib), BroadcastRig.ElectionId));
        Assert.Equal(0, await Rig.Store.CountRecipientsAsync(BroadcastTarget.ForAgency("BKN").InZone(IndonesianTimeZone.Wita), BroadcastRig.ElectionId));

        // The agency's plan (same times and texts) does not stand in for the plan for everyone, nor is it repeated.
        var forEveryone = await Scheduler(now).ScheduleAsync("cli", AdminRole.Super, "pilkada-2024", null, new TimeOnly(7, 0));
        Assert.Equal(6, forEveryone.Count);
        Assert.Empty(await Scheduler(now).ScheduleAsync("telegram:9", new AdminRole(AdminRoleKind.Instansi, "BKN"), "pilkada-2024", null, new TimeOnly(7, 0)));
    }

    [Fact]
    public async Task A_plan_for_everyone_in_one_zone_is_not_repeated_per_zone_but_one_zones_plan_leaves_the_others_to_queue()
    {
        var now = new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(2, (await Scheduler(now).ScheduleAsync("cli", AdminRole.Super, "pilkada-2024", IndonesianTimeZone.Wita, new TimeOnly(7, 0))).Count);
        // Everyone already gets both reminders at 07:00 WITA: a plan per zone would message WIB and WIT subscribers twice.
        Assert.Empty(await Scheduler(now).ScheduleAsync("cli", AdminRole.Super, "pilkada-2024", null, new TimeOnly(7, 0)));

        var agency = new AdminRole(AdminRoleKind.Instansi, "BKN");
        var perZone = await Scheduler(now).ScheduleAsync("telegram:9", agency, "pilkada-2024", null, new TimeOnly(7, 0));
        Assert.Equal(6, perZone.Count); // another audience: the plan for everyone does not stand in for it
        Assert.Empty(await Scheduler(now).ScheduleAsync("telegram:9", agency, "pilkada-2024", IndonesianTimeZone.Wit, new TimeOnly(7, 0)));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
