using System.Globalization;
using System.Text;

namespace NetralBot.Bot.Pledges;

/// <summary>The Indonesian texts of the pledge dialog.</summary>
internal static class PledgeMessages
{
    /// <summary>The exact confirmation phrase.</summary>
    public const string ConfirmPhrase = "SAYA BERIKRAR";

    /// <summary>Shown after the pledge points.</summary>
    public const string PrivacyNotice = """
        Pemberitahuan data pribadi
        Untuk mencatat ikrar, kami menyimpan: nama lengkap, status kepegawaian, NIP (bagi PNS/PPPK), instansi, unit kerja, akun obrolan Anda (ID Telegram atau nomor WhatsApp), serta waktu ikrar.
        Tujuan: bukti ikrar netralitas bagi instansi Anda. Yang dapat melihat: pengelola program netralitas di instansi Anda. Data disimpan sampai tahapan pemilihan selesai ditambah paling lama 1 tahun, lalu dihapus.
        Nama dan NIP adalah data pribadi yang dilindungi UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi. Anda dapat berhenti kapan saja dengan /batal.
        """;

    /// <summary>Asks the full name.</summary>
    public const string AskFullName = "Silakan ketik nama lengkap Anda (sesuai data kepegawaian).";

    /// <summary>Rejects a name.</summary>
    public const string InvalidFullName = "Nama lengkap harus 3–100 karakter dan berisi huruf. Silakan ketik ulang nama lengkap Anda.";

    /// <summary>Asks the status.</summary>
    public const string AskStatus = "Apa status kepegawaian Anda? Pilih salah satu tombol: PNS, PPPK, atau Non-ASN.";

    /// <summary>Asks the NIP.</summary>
    public const string AskNip = "Silakan ketik NIP Anda (18 digit angka, boleh dengan spasi).";

    /// <summary>Asks again after a NIP error.</summary>
    public const string RetryNip = "Silakan ketik ulang NIP Anda, atau /batal untuk berhenti.";

    /// <summary>Asks the agency.</summary>
    public const string AskAgency = "Apa nama instansi Anda? (contoh: Pemerintah Kabupaten Bogor, Kementerian Dalam Negeri)";

    /// <summary>Asks the work unit.</summary>
    public const string AskWorkUnit = "Apa unit kerja Anda? (contoh: Dinas Pendidikan, Bagian Umum)";

    /// <summary>Rejects an empty or too long agency/unit.</summary>
    public const string InvalidFreeText = "Jawaban harus 2–200 karakter. Silakan ketik ulang.";

    /// <summary>The confirmation instruction.</summary>
    public const string ConfirmInstruction = "Ketik SAYA BERIKRAR atau tekan tombol ✅ untuk mengonfirmasi.";

    /// <summary>Reply when the pledge is cancelled at confirmation.</summary>
    public const string Cancelled = "Ikrar dibatalkan; tidak ada data yang disimpan. Ketik /ikrar bila ingin mengulang.";

    /// <summary>Reply when a stored dialog state cannot be continued (unknown step, empty fields).</summary>
    public const string DraftUnusable = "Maaf, isian ikrar Anda tidak dapat dilanjutkan dan tidak disimpan. Silakan mulai lagi dengan /ikrar.";

    /// <summary>Reply when the pledge text is missing.</summary>
    public const string TextUnavailable = "Maaf, teks ikrar belum tersedia. Silakan coba lagi nanti.";

    /// <summary>Reply to /status without a pledge.</summary>
    public const string NoPledgeYet = "Anda belum mengucapkan ikrar netralitas untuk pemilihan ini. Ketik /ikrar untuk memulai.";

    /// <summary>Label of the confirm button.</summary>
    public const string ConfirmButton = "✅ Saya berikrar";

    /// <summary>Label of the cancel button.</summary>
    public const string CancelButton = "❌ Batal";

    /// <summary>The pledge points with their heading and version.</summary>
    public static string Points(PledgeText text)
    {
        var builder = new StringBuilder();
        builder.Append(text.Title).Append(" (versi ").Append(text.Version).Append(")\n\n");
        for (var i = 0; i < text.Points.Count; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{i + 1}. {text.Points[i]}\n");
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>The summary shown before confirmation.</summary>
    public static string Summary(PledgeDraft draft)
    {
        var builder = new StringBuilder("Mohon periksa data ikrar Anda:\n\n");
        builder.Append("Nama: ").Append(draft.FullName).Append('\n');
        builder.Append("Status: ").Append(draft.Status?.ToDisplayName()).Append('\n');
        if (draft.Nip is not null)
        {
            builder.Append("NIP: ").Append(draft.Nip).Append('\n');
        }

        builder.Append("Instansi: ").Append(draft.Agency).Append('\n');
        builder.Append("Unit kerja: ").Append(draft.WorkUnit).Append("\n\n");
        builder.Append(ConfirmInstruction);
        return builder.ToString();
    }

    /// <summary>The receipt after a new pledge.</summary>
    public static string Receipt(Pledge pledge) =>
        $"Terima kasih, {pledge.FullName}. Ikrar netralitas Anda telah tercatat pada {FormatTime(pledge.PledgedAt)}.\n\nKode bukti: {pledge.ReceiptCode}\n\nSimpan kode ini sebagai bukti. Ketik /status untuk melihatnya lagi.";

    /// <summary>The reply when the person had already pledged.</summary>
    public static string AlreadyPledged(Pledge pledge) =>
        $"Anda sudah mengucapkan ikrar netralitas untuk pemilihan ini pada {FormatTime(pledge.PledgedAt)}.\n\nKode bukti: {pledge.ReceiptCode}";

    /// <summary>
    /// The reply when the NIP was pledged from another account. The receipt code and name are withheld: knowing a NIP
    /// does not prove one is its owner, and the receipt is evidence that belongs to the person who pledged.
    /// </summary>
    public static string PledgedFromAnotherAccount(Pledge pledge) =>
        $"NIP ini sudah tercatat berikrar netralitas untuk pemilihan ini pada {FormatTime(pledge.PledgedAt)}, dari akun lain. " +
        "Tidak ada ikrar baru yang dicatat. Kode bukti dapat dilihat dengan /status dari akun yang dipakai saat berikrar; " +
        "jika NIP Anda dipakai orang lain, hubungi admin netralitas instansi Anda.";

    /// <summary>The reply for an existing pledge: its receipt for its owner, a notice without it for anyone else.</summary>
    public static string Existing(Pledge pledge, string channel, string channelUserId) =>
        pledge.Channel == channel && pledge.ChannelUserId == channelUserId
            ? AlreadyPledged(pledge)
            : PledgedFromAnotherAccount(pledge);

    /// <summary>The reply to /status.</summary>
    public static string Status(Pledge pledge)
    {
        var nip = pledge.Nip is null ? string.Empty : $"NIP: {pledge.Nip}\n";
        return $"Ikrar netralitas Anda:\nNama: {pledge.FullName}\nStatus: {pledge.Status.ToDisplayName()}\n{nip}Instansi: {pledge.Agency}\nUnit kerja: {pledge.WorkUnit}\nWaktu: {FormatTime(pledge.PledgedAt)}\nVersi teks ikrar: {pledge.PledgeTextVersion}\n\nKode bukti: {pledge.ReceiptCode}";
    }

    /// <summary>Times are shown in WIB, with the zone named, as Indonesians read them (PUEBI: dot between hour and minute).</summary>
    private static string FormatTime(DateTimeOffset time) =>
        time.ToOffset(TimeSpan.FromHours(7)).ToString("dd-MM-yyyy 'pukul' HH.mm 'WIB'", CultureInfo.InvariantCulture);
}
