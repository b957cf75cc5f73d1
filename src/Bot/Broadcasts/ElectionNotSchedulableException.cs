using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Broadcasts;

/// <summary>
/// Reminders were asked for an election that is sample data or whose schedule is not yet set; the message, in
/// Indonesian, says why and how to override (<c>--force</c> on the CLI, <c>paksa</c> in chat).
/// </summary>
internal sealed class ElectionNotSchedulableException(Election election, string overrideHint)
    : InvalidOperationException(MessageFor(election, overrideHint))
{
    /// <summary>The election that was refused.</summary>
    public Election Election { get; } = election;

    private static string MessageFor(Election election, string overrideHint) => election.IsSample
        ? $"Pemilihan \"{election.Name}\" ({election.Id}) adalah data contoh, bukan jadwal resmi, jadi pengingatnya tidak dijadwalkan. Bila memang untuk uji coba, ulangi dengan {overrideHint}."
        : $"Jadwal pemilihan \"{election.Name}\" ({election.Id}) belum ditetapkan, jadi pengingatnya tidak dijadwalkan.{(election.Note is null ? string.Empty : " " + election.Note)} Perbarui content/kalender.md setelah jadwal resmi terbit, atau ulangi dengan {overrideHint} bila Anda yakin.";
}
