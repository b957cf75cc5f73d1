using System.Globalization;
using System.Text;

namespace NetralBot.Bot.Broadcasts;

/// <summary>Texts about broadcasts: the Indonesian chat texts and the CLI's machine-read status lines.</summary>
internal static class BroadcastTexts
{
    /// <summary>The final report sent to the admin who queued the job.</summary>
    public static string Report(long jobId, BroadcastCounts counts, TimeSpan duration)
    {
        var text = new StringBuilder(string.Create(
            CultureInfo.InvariantCulture,
            $"Siaran #{jobId} selesai dalam {duration.TotalSeconds:F0} detik.\nTerkirim: {counts.Sent}\nGagal: {counts.Failed}\nDiblokir: {counts.Blocked}"));
        AppendOutsideWindow(text, counts);
        return text.ToString();
    }

    /// <summary>
    /// The lines printed by <c>broadcast status</c>. External checks parse them: the first five lines keep their
    /// form, new counts are added as new lines after them.
    /// </summary>
    public static string Status(BroadcastJob job, BroadcastCounts counts) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"job {job.Id} {job.Status.ToString().ToLowerInvariant()} target={job.Target}\npending {counts.Pending}\nsent {counts.Sent}\nfailed {counts.Failed}\nblocked {counts.Blocked}\noutside_window {counts.OutsideWindow}");

    /// <summary>The progress shown to an admin in chat (<c>/broadcast status ID</c>).</summary>
    public static string Progress(BroadcastJob job, BroadcastCounts counts)
    {
        var state = job.Status switch
        {
            BroadcastJobStatus.Queued => string.Create(
                CultureInfo.InvariantCulture,
                $"menunggu jadwal ({job.ScheduledAt.ToOffset(TimeSpan.FromHours(7)):dd-MM-yyyy HH.mm} WIB)"),
            BroadcastJobStatus.Running => string.Create(CultureInfo.InvariantCulture, $"sedang dikirim: {counts.Processed} dari {counts.Total}"),
            BroadcastJobStatus.Done => string.Create(CultureInfo.InvariantCulture, $"selesai: {counts.Processed} dari {counts.Total}"),
            _ => "dibatalkan",
        };
        var text = new StringBuilder(string.Create(
            CultureInfo.InvariantCulture,
            $"Siaran #{job.Id} ({job.Target.Describe()}) — {state}.\nTerkirim: {counts.Sent}\nGagal: {counts.Failed}\nDiblokir: {counts.Blocked}"));
        AppendOutsideWindow(text, counts);
        if (counts.Pending > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nBelum dikirim: {counts.Pending}");
        }

        return text.ToString();
    }

    private static void AppendOutsideWindow(StringBuilder text, BroadcastCounts counts)
    {
        if (counts.OutsideWindow > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nTidak terkirim di luar jendela 24 jam WhatsApp: {counts.OutsideWindow}");
        }
    }

    /// <summary>The refusal of a broadcast text over <see cref="BroadcastQueue.MaxTextLength"/> characters.</summary>
    public static string TooLong(int length) =>
        string.Create(CultureInfo.InvariantCulture, $"Pesan siaran terlalu panjang ({length} karakter; paling banyak {BroadcastQueue.MaxTextLength}). Silakan persingkat pesannya.");
}
