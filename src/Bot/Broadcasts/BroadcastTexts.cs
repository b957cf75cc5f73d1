using System.Globalization;

namespace NetralBot.Bot.Broadcasts;

/// <summary>Indonesian texts about broadcasts, shared by chat and CLI.</summary>
public static class BroadcastTexts
{
    /// <summary>The final report sent to the admin who queued the job.</summary>
    public static string Report(long jobId, BroadcastCounts counts, TimeSpan duration) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Siaran #{jobId} selesai dalam {duration.TotalSeconds:F0} detik.\nTerkirim: {counts.Sent}\nGagal: {counts.Failed}\nDiblokir: {counts.Blocked}");

    /// <summary>The counts line printed by <c>broadcast status</c>.</summary>
    public static string Status(BroadcastJob job, BroadcastCounts counts) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"job {job.Id} {job.Status.ToString().ToLowerInvariant()} target={job.Target}\npending {counts.Pending}\nsent {counts.Sent}\nfailed {counts.Failed}\nblocked {counts.Blocked}");
}
