using System.Text;
using NetralBot.Bot.Common;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Subscribers;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Privacy;

/// <summary>The Indonesian text of <c>/datasaya</c>: every stored field about the user, by where it is kept.</summary>
internal static class MyDataText
{
    /// <summary>The report.</summary>
    public static string Format(
        Channel channel, string userId, IReadOnlyList<(Pledge Pledge, IReadOnlyList<PledgeVersion> Versions)> pledges, Subscriber? subscriber,
        string? runningDialog, IReadOnlyList<(string Description, int Count)> hashedData, int retentionDays)
    {
        var text = new StringBuilder("Data pribadi Anda yang tersimpan di NetralBot (UU No. 27 Tahun 2022):\n");
        text.Append("\nAkun: ").Append(channel == Channel.WhatsApp ? "WhatsApp, nomor " : channel == Channel.Telegram ? "Telegram, ID " : channel.Name + ", ID ").Append(userId).Append('\n');
        if (pledges.Count == 0)
        {
            text.Append("\nIkrar: tidak ada.\n");
        }

        foreach (var (pledge, versions) in pledges)
        {
            text.Append("\nIkrar ").Append(pledge.ElectionId).Append(" — kode bukti ").Append(pledge.ReceiptCode).Append('\n');
            AppendFields(text, pledge.FullName, pledge.Status, pledge.Nip, pledge.Agency, pledge.WorkUnit);
            if (pledge.AgencyUnlisted)
            {
                text.Append("  (instansi belum ada di daftar; menunggu pemeriksaan admin)\n");
            }

            text.Append("- Waktu ikrar: ").Append(PledgeMessages.FormatTime(pledge.PledgedAt)).Append('\n');
            text.Append("- Versi teks ikrar: ").Append(pledge.PledgeTextVersion).Append('\n');
            if (pledge.CorrectedAt is { } corrected)
            {
                text.Append("- Versi data: ").Append(pledge.Version).Append(", diperbarui ").Append(PledgeMessages.FormatTime(corrected)).Append('\n');
            }

            foreach (var version in versions)
            {
                text.Append("  Riwayat versi ").Append(version.Version).Append(" (sampai ").Append(PledgeMessages.FormatTime(version.ReplacedAt)).Append("):\n");
                AppendFields(text, version.FullName, version.Status, version.Nip, version.Agency, version.WorkUnit, "  ");
            }
        }

        text.Append("\nPengingat dan siaran:\n");
        if (subscriber is null)
        {
            text.Append("- tidak ada catatan\n");
        }
        else
        {
            text.Append("- Terakhir menghubungi bot: ").Append(PledgeMessages.FormatTime(subscriber.LastSeenAt)).Append('\n');
            text.Append("- Dapat dihubungi: ").Append(subscriber.IsActive ? "ya" : "tidak (" + subscriber.InactiveReason + ")").Append('\n');
            text.Append("- Menerima pengingat: ")
                .Append(subscriber.OptedOutAt is { } optedOut ? "tidak, berhenti sejak " + PledgeMessages.FormatTime(optedOut) + " (/mulai untuk kembali)" : "ya (/berhenti untuk berhenti)")
                .Append('\n');
            text.Append("- Zona waktu: ").Append(subscriber.TimeZone is { } zone ? zone.Abbreviation() : "belum diatur (mengikuti WIB)").Append('\n');
        }

        foreach (var (description, count) in hashedData)
        {
            text.Append("\n").Append(description).Append(": ").Append(count).Append(" catatan (disimpan dengan ID Anda yang disandikan)\n");
        }

        if (runningDialog is not null)
        {
            text.Append("\nProses yang sedang berjalan: ").Append(runningDialog).Append(" (isiannya tersimpan sampai selesai atau /batal)\n");
        }

        text.Append('\n').Append(
            $"Masa simpan: nama, NIP dan akun pada ikrar dihapus {retentionDays} hari setelah ikrar. Perbaiki data dengan /ubahikrar; minta penghapusan dengan /hapusdata.");
        return text.ToString();
    }

    private static void AppendFields(StringBuilder text, string name, EmploymentStatus status, string? nip, string agency, string workUnit, string indent = "")
    {
        text.Append(indent).Append("- Nama: ").Append(name).Append('\n');
        text.Append(indent).Append("- Status: ").Append(status.ToDisplayName()).Append('\n');
        if (nip is not null)
        {
            text.Append(indent).Append("- NIP: ").Append(nip).Append('\n');
        }

        text.Append(indent).Append("- Instansi: ").Append(agency).Append('\n');
        text.Append(indent).Append("- Unit kerja: ").Append(workUnit).Append('\n');
    }
}
