using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Common;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Tests;

/// <summary>
/// The engine over two channels: Telegram through the fake Bot API and a second channel ("alfa", under WhatsApp's name)
/// as an in-test <see cref="IBroadcastChannel"/> double. Rows are sent in (channel, chat) order: Telegram's first.
/// </summary>
public sealed class BroadcastChannelTests : BroadcastTestBase
{
    private static readonly Channel Alfa = Channel.WhatsApp;

    [Fact]
    public async Task Each_channel_is_held_to_its_own_rate_and_not_to_the_others()
    {
        const int AlfaRate = 10;
        var alfa = new FakeBroadcastChannel(Alfa, new BroadcastChannelLimits(AlfaRate, TimeSpan.FromSeconds(1)));
        Rig.AddSubscribers(Alfa, 1, 30);
        Rig.AddSubscribers(1, 60); // the same chat ids on Telegram: per-chat buckets are per channel too
        var (jobId, recipients) = await Rig.Queue.QueueAsync("cli", AdminRole.Super, "Pesan", BroadcastTarget.All, null);
        Assert.Equal(90, recipients);

        using var sender = Rig.NewSender(rate: 100_000, workers: 16, otherChannels: [alfa]);
        await sender.RunNextDueAsync(CancellationToken.None);

        Assert.Equal(new BroadcastCounts(0, 90, 0, 0), await Rig.Store.CountsAsync(jobId));
        // alfa's own limit. One token more than the rate fits in a second (the stored one plus ten refills); one more is
        // allowed for timer jitter: under a loaded test run a late refill followed by a punctual one puts two grants
        // less than a period apart, which is the limiter's scheduling, not the engine ignoring the rate.
        Assert.InRange(MaxInOneSecond(alfa.AcceptTimes), 1, AlfaRate + 2);
        // Telegram's 100,000/s bucket: well above alfa's 10/s in some second (a shared bucket would cap it near 10).
        Assert.True(MaxInOneSecond(FakeApi.AcceptTimes.Select(t => t.At).Order().ToList()) > 3 * AlfaRate);
    }

    [Fact]
    public async Task Outside_window_rows_are_stored_and_counted_and_a_flood_limit_pauses_only_its_channel()
    {
        var alfa = new FakeBroadcastChannel(Alfa, new BroadcastChannelLimits(100_000, TimeSpan.FromSeconds(1)));
        alfa.Script("3", DeliveryOutcome.OutsideWindow("no template for this message"));
        alfa.Script("4", DeliveryOutcome.OutsideWindow("no template for this message"));
        alfa.Script("5", DeliveryOutcome.RateLimited(TimeSpan.FromSeconds(30), "flood"));
        Rig.AddSubscribers(Alfa, 1, 10);
        Rig.AddSubscribers(1, 200);
        var (jobId, _) = await Rig.Queue.QueueAsync("cli", AdminRole.Super, "Pesan", BroadcastTarget.All, null);

        using var sender = Rig.NewSender(workers: 4, otherChannels: [alfa]);
        await sender.RunNextDueAsync(CancellationToken.None);

        Assert.Equal(new BroadcastCounts(0, 208, 0, 0, 2), await Rig.Store.CountsAsync(jobId));
        Assert.Equal(2, alfa.Attempts.Count(a => a.ChatId == "5")); // retried after the pause
        Assert.Equal(200, FakeApi.Sent.Count);
        // The test delay never sleeps, so alfa's 30-s pause stays in force: every later alfa send waits, no Telegram send does.
        var pauses = Rig.Delay.Delays.Count(d => d > TimeSpan.FromSeconds(25) && d <= TimeSpan.FromSeconds(30));
        Assert.InRange(pauses, 1, 10);
        Assert.Equal(
            [("3", "outside_window", "no template for this message"), ("4", "outside_window", "no template for this message")],
            await RowsAsync(jobId, "status <> 'sent'"));

        var report = BroadcastTexts.Report(jobId, await Rig.Store.CountsAsync(jobId), TimeSpan.FromSeconds(3));
        Assert.Contains("di luar jendela 24 jam WhatsApp: 2", report);
        Assert.EndsWith("outside_window 2", BroadcastTexts.Status((await Rig.Store.FindAsync(jobId))!, await Rig.Store.CountsAsync(jobId)));
    }

    [Fact]
    public async Task A_row_of_a_channel_without_an_adapter_fails_cleanly_and_the_job_finishes()
    {
        Rig.AddSubscribers(Channel.WhatsApp, 628_100, 3);
        Rig.AddSubscribers(1, 2);
        var (jobId, recipients) = await Rig.Queue.QueueAsync("cli", AdminRole.Super, "Pesan", BroadcastTarget.All, null);
        Assert.Equal(5, recipients);

        using var sender = Rig.NewSender();
        Assert.True(await sender.RunNextDueAsync(CancellationToken.None));

        Assert.Equal(new BroadcastCounts(0, 2, 3, 0), await Rig.Store.CountsAsync(jobId));
        Assert.All(await RowsAsync(jobId, "channel = 'whatsapp'"), row => Assert.Equal(("failed", BroadcastSender.ChannelNotConfigured), (row.Status, row.Error)));
        Assert.Equal(BroadcastJobStatus.Done, (await Rig.Store.FindAsync(jobId))!.Status);
        Assert.Equal(2, FakeApi.Sent.Count);
    }

    [Fact]
    public async Task The_reminder_kind_is_stored_with_the_job_and_handed_to_the_adapter()
    {
        var alfa = new FakeBroadcastChannel(Alfa, new BroadcastChannelLimits(100, TimeSpan.FromSeconds(1)));
        Rig.AddSubscribers(Alfa, 1, 1);
        var (reminderId, _) = await Rig.Queue.QueueAsync("cli", AdminRole.Super, "Masa tenang dimulai", BroadcastTarget.All, null, ReminderKinds.MasaTenang);
        var (adHocId, _) = await Rig.Queue.QueueAsync("cli", AdminRole.Super, "Apel pagi", BroadcastTarget.All, null);
        Assert.Equal(ReminderKinds.MasaTenang, (await Rig.Store.FindAsync(reminderId))!.ReminderKind);
        Assert.Null((await Rig.Store.FindAsync(adHocId))!.ReminderKind);

        using var sender = Rig.NewSender(otherChannels: [alfa]);
        await sender.RunNextDueAsync(CancellationToken.None);
        await sender.RunNextDueAsync(CancellationToken.None);

        Assert.Equal(
            [new BroadcastMessage(reminderId, "Masa tenang dimulai", ReminderKinds.MasaTenang), new BroadcastMessage(adHocId, "Apel pagi", null)],
            alfa.Attempts.Select(a => a.Message).OrderBy(m => m.JobId));
    }

    [Fact]
    public async Task The_report_goes_to_the_notifier_of_the_channel_named_in_created_by()
    {
        var alfaAdmins = new FakeAdminNotifier(Alfa);
        Rig.AddSubscribers(1, 2);
        await Rig.Queue.QueueAsync(new ChannelUser(Alfa, "77").ToString(), AdminRole.Super, "Dari admin alfa", BroadcastTarget.All, null);
        await Rig.Queue.QueueAsync("cli", AdminRole.Super, "Dari CLI", BroadcastTarget.All, null);
        await Rig.Queue.QueueAsync("telegram:9", AdminRole.Super, "Dari admin Telegram", BroadcastTarget.All, null);

        using var sender = Rig.NewSender(otherNotifiers: [alfaAdmins]);
        while (await sender.RunNextDueAsync(CancellationToken.None))
        {
        }

        var (userId, text) = Assert.Single(alfaAdmins.Sent);
        Assert.Equal("77", userId);
        Assert.Contains("Terkirim: 2", text);
        var telegramReport = Assert.Single(FakeApi.Sent, m => m.ChatId == 9);
        Assert.StartsWith("Siaran #3 selesai", telegramReport.Text);
    }

    private async Task<List<(string ChatId, string Status, string? Error)>> RowsAsync(long jobId, string where)
    {
        await using var connection = await Rig.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT chat_id, status, error FROM broadcast_deliveries WHERE job_id = $job AND {where} ORDER BY id";
        command.Parameters.AddWithValue("$job", jobId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, string?)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return rows;
    }

    private static int MaxInOneSecond(IReadOnlyList<TimeSpan> sortedTimes)
    {
        var max = 0;
        for (int start = 0, end = 0; start < sortedTimes.Count; start++)
        {
            while (end < sortedTimes.Count && sortedTimes[end] - sortedTimes[start] < TimeSpan.FromSeconds(1))
            {
                end++;
            }

            max = Math.Max(max, end - start);
        }

        return max;
    }
}
