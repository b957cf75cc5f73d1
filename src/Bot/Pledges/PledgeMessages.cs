using System.Globalization;
using System.Text;
using NetralBot.Bot.Common;

namespace NetralBot.Bot.Pledges;

/// <summary>The Indonesian texts of the pledge dialog.</summary>
internal static class PledgeMessages
{
    /// <summary>The exact confirmation phrase.</summary>
    public const string ConfirmPhrase = "SAYA BERIKRAR";

    /// <summary>Shown after the pledge points: what is stored, why, for how long, and the user's rights (UU 27/2022).</summary>
    public static string PrivacyNotice(int retentionDays) => $"""
        Pemberitahuan data pribadi
        Untuk mencatat ikrar, kami menyimpan: nama lengkap, status kepegawaian, NIP (bagi PNS/PPPK), instansi, unit kerja, akun obrolan Anda (ID Telegram atau nomor WhatsApp), serta waktu ikrar.
        Tujuan: bukti ikrar netralitas bagi instansi Anda. Yang dapat melihat: pengelola program netralitas di instansi Anda.
        Masa simpan: nama, NIP dan akun obrolan dihapus {retentionDays} hari setelah ikrar (masa tahapan pemilihan ditambah waktu pemeriksaan dugaan pelanggaran netralitas). Yang tetap disimpan sebagai bukti bagi instansi: kode bukti, instansi, unit kerja, status, tanggal ikrar, dan sandi NIP yang tidak dapat dibaca kembali.
        Nama dan NIP adalah data pribadi yang dilindungi UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi. Lihat data Anda dengan /datasaya, perbaiki dengan /ubahikrar, minta penghapusan dengan /hapusdata. Anda dapat berhenti kapan saja dengan /batal.
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

    /// <summary>Reply to /ubahikrar without a pledge.</summary>
    public const string NothingToCorrect = "Belum ada ikrar Anda untuk pemilihan ini yang dapat diubah. Ketik /ikrar untuk berikrar.";

    /// <summary>The NIP typed in a correction belongs to another pledge.</summary>
    public const string NipOfAnotherPledge = "NIP ini sudah tercatat pada ikrar lain untuk pemilihan ini; jika NIP Anda dipakai orang lain, hubungi admin netralitas instansi Anda.";

    /// <summary>Refuses an agency without letters ("12345").</summary>
    public const string AgencyNeedsLetters = "Nama instansi harus berupa nama, bukan angka saja. Silakan ketik nama instansi Anda, misalnya \"Dinas Pendidikan Kota Banjarbaru\" atau \"BKPSDM Kabupaten Bogor\".";

    /// <summary>Label of the button confirming the offered agency.</summary>
    public const string AgencyYesButton = "Ya";

    /// <summary>Label of the button refusing the offered agency.</summary>
    public const string AgencyNoButton = "Bukan, ketik ulang";

    /// <summary>Asks the agency again after the offered one was refused.</summary>
    public const string AgencyTypeAgain = "Baik. Silakan ketik nama instansi Anda selengkapnya; bila tidak ada di daftar kami, nama itu dicatat sebagaimana Anda ketik.";

    /// <summary>Reply when a correction is cancelled.</summary>
    public const string CorrectionCancelled = "Perubahan dibatalkan; data ikrar Anda tetap seperti semula. Ketik /status untuk melihatnya.";

    /// <summary>Label of the button keeping the current value while correcting.</summary>
    public const string KeepButton = "Tetap";

    /// <summary>Label of the button saving a correction.</summary>
    public const string SaveCorrectionButton = "✅ Simpan perubahan";

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

    /// <summary>The start of a correction.</summary>
    public static string CorrectionIntro(Pledge pledge) =>
        $"Ubah data ikrar (kode bukti {pledge.ReceiptCode}). Saya tanyakan lagi setiap isian dengan nilai yang tercatat sekarang: " +
        "ketik nilai baru, atau tekan Tetap (ketik TETAP) untuk tidak mengubahnya. Data lama tetap tersimpan sebagai riwayat; kode bukti tidak berubah. /batal untuk berhenti.";

    /// <summary>A question with the value recorded now, while correcting.</summary>
    public static string WithCurrentValue(string question, string current) => $"{question}\n\nSaat ini: {current}\nKetik yang baru, atau tekan Tetap.";

    /// <summary>Offers the listed agency closest to what was typed.</summary>
    public static string AgencyDidYouMean(string canonical) => $"Maksud Anda: {canonical}?";

    /// <summary>Says an agency was not found in the list and is kept as typed.</summary>
    public static string AgencyUnlisted(string typed) =>
        $"Instansi \"{typed}\" belum ada di daftar kami; dicatat sebagaimana Anda ketik dan akan diperiksa admin. Anda dapat memperbaikinya nanti dengan /ubahikrar.";

    /// <summary>The reply after a correction was stored.</summary>
    public static string Corrected(Pledge pledge) =>
        $"Data ikrar Anda telah diperbarui (versi {pledge.Version}) pada {FormatTime(pledge.CorrectedAt ?? pledge.PledgedAt)}. Data sebelumnya tetap tersimpan sebagai riwayat.\n\nKode bukti (tetap): {pledge.ReceiptCode}\n\nKetik /status untuk melihatnya.";

    /// <summary>The summary shown before confirmation.</summary>
    public static string Summary(PledgeDraft draft)
    {
        var builder = new StringBuilder(draft.IsCorrection ? "Mohon periksa data ikrar Anda yang baru:\n\n" : "Mohon periksa data ikrar Anda:\n\n");
        builder.Append("Nama: ").Append(draft.FullName).Append('\n');
        builder.Append("Status: ").Append(draft.Status?.ToDisplayName()).Append('\n');
        if (draft.Nip is not null)
        {
            builder.Append("NIP: ").Append(draft.Nip).Append('\n');
        }

        builder.Append("Instansi: ").Append(draft.Agency).Append('\n');
        builder.Append("Unit kerja: ").Append(draft.WorkUnit).Append("\n\n");
        builder.Append(draft.IsCorrection ? "Ketik YA atau tekan tombol ✅ untuk menyimpan perubahan." : ConfirmInstruction);
        return builder.ToString();
    }

    /// <summary>The receipt after a new pledge.</summary>
    public static string Receipt(Pledge pledge) =>
        $"Terima kasih, {pledge.FullName}. Ikrar netralitas Anda telah tercatat pada {FormatTime(pledge.PledgedAt)}.\n\nKode bukti: {pledge.ReceiptCode}\n\nSimpan kode ini sebagai bukti. Ketik /status untuk melihatnya lagi.";

    /// <summary>The reply when the person had already pledged.</summary>
    public static string AlreadyPledged(Pledge pledge) =>
        $"Anda sudah mengucapkan ikrar netralitas untuk pemilihan ini pada {FormatTime(pledge.PledgedAt)}.\n\nKode bukti: {pledge.ReceiptCode}\n\nAda data yang keliru (nama, NIP, instansi, unit kerja)? Ketik /ubahikrar untuk memperbaikinya.";

    /// <summary>
    /// The reply when the NIP was pledged from another account. The receipt code and name are withheld: knowing a NIP
    /// does not prove one is its owner, and the receipt is evidence that belongs to the person who pledged.
    /// </summary>
    public static string PledgedFromAnotherAccount(Pledge pledge) =>
        $"NIP ini sudah tercatat berikrar netralitas untuk pemilihan ini pada {FormatTime(pledge.PledgedAt)}, dari akun lain. " +
        "Tidak ada ikrar baru yang dicatat. Kode bukti dapat dilihat dengan /status dari akun yang dipakai saat berikrar; " +
        "jika NIP Anda dipakai orang lain, hubungi admin netralitas instansi Anda.";

    /// <summary>The reply for an existing pledge: its receipt for its owner, a notice without it for anyone else.</summary>
    public static string Existing(Pledge pledge, Channel channel, string channelUserId) =>
        pledge.Channel == channel && pledge.ChannelUserId == channelUserId
            ? AlreadyPledged(pledge)
            : PledgedFromAnotherAccount(pledge);

    /// <summary>The reply to /status.</summary>
    public static string Status(Pledge pledge)
    {
        var nip = pledge.Nip is null ? string.Empty : $"NIP: {pledge.Nip}\n";
        var corrected = pledge.CorrectedAt is { } at ? $"\nDiperbarui: {FormatTime(at)} (versi {pledge.Version})" : string.Empty;
        return $"Ikrar netralitas Anda:\nNama: {pledge.FullName}\nStatus: {pledge.Status.ToDisplayName()}\n{nip}Instansi: {pledge.Agency}\nUnit kerja: {pledge.WorkUnit}\nWaktu: {FormatTime(pledge.PledgedAt)}\nVersi teks ikrar: {pledge.PledgeTextVersion}{corrected}\n\nKode bukti: {pledge.ReceiptCode}\n\nPerbaiki data dengan /ubahikrar; lihat semua data Anda dengan /datasaya.";
    }

    /// <summary>Times are shown in WIB, with the zone named, as Indonesians read them (PUEBI: dot between hour and minute).</summary>
    internal static string FormatTime(DateTimeOffset time) =>
        time.ToOffset(TimeSpan.FromHours(7)).ToString("dd-MM-yyyy 'pukul' HH.mm 'WIB'", CultureInfo.InvariantCulture);
}
