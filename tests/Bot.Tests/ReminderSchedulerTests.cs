using NetralBot.Bot.Admin;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Hosting;
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

        Assert.Empty(await Scheduler(now).ScheduleAsync("cli", AdminRole.Super, "pilkada-2024", IndonesianTimeZone.Wita, new TimeOnly(7, 0)));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Scheduler(now).ScheduleAsync("cli", AdminRole.Super, "tidak-ada", IndonesianTimeZone.Wib, new TimeOnly(7, 0)));
    }

    [Fact]
    public async Task An_instansi_admins_reminders_go_to_their_agency_only()
    {
        var now = new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero);
        await Scheduler(now).ScheduleAsync("telegram:9", new AdminRole(AdminRoleKind.Instansi, "BKN"), "pilkada-2024", IndonesianTimeZone.Wib, new TimeOnly(7, 0));
        Assert.All(await Rig.Store.ListQueuedAsync(), j => Assert.Equal("instansi:BKN", j.Target.ToString()));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
