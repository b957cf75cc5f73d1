using NetralBot.Bot.Broadcasts;

namespace NetralBot.Bot.Tests;

public class BroadcastTextTests
{
    private static readonly BroadcastJob Job = new(
        12, "Pesan", BroadcastTarget.ForAgency("BKN"), "telegram:9", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch,
        BroadcastJobStatus.Running, DateTimeOffset.UnixEpoch, null);

    [Fact]
    public void Chat_progress_is_indonesian_and_counts_outside_window_only_when_there_is_some()
    {
        var progress = BroadcastTexts.Progress(Job, new BroadcastCounts(40, 50, 5, 3, 2));
        Assert.StartsWith("Siaran #12 (pelanggan aktif dari instansi BKN) — sedang dikirim: 60 dari 100.", progress);
        Assert.Contains("Terkirim: 50\nGagal: 5\nDiblokir: 3\nTidak terkirim di luar jendela 24 jam WhatsApp: 2\nBelum dikirim: 40", progress);
        Assert.DoesNotContain("jendela", BroadcastTexts.Progress(Job with { Status = BroadcastJobStatus.Done }, new BroadcastCounts(0, 10, 0, 0)));
        Assert.Contains("menunggu jadwal (01-01-1970 07.00 WIB)", BroadcastTexts.Progress(Job with { Status = BroadcastJobStatus.Queued }, new BroadcastCounts(0, 0, 0, 0)));
    }

    [Fact]
    public void Cli_status_keeps_its_four_count_lines_and_adds_outside_window_after_them() =>
        Assert.Equal(
            "job 12 running target=instansi:BKN\npending 40\nsent 50\nfailed 5\nblocked 3\noutside_window 2",
            BroadcastTexts.Status(Job, new BroadcastCounts(40, 50, 5, 3, 2)));
}
