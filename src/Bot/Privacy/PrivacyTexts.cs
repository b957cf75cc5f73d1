namespace NetralBot.Bot.Privacy;

/// <summary>The Indonesian texts of the private-chat rule.</summary>
internal static class PrivacyTexts
{
    /// <summary>The reply in a group to something that holds personal data.</summary>
    /// <param name="what">What was asked for, e.g. "Ikrar" or "/statistik".</param>
    /// <param name="link">The link that opens the private chat, when known.</param>
    /// <param name="command">The command to type there, when one was typed.</param>
    public static string ContinueInPrivate(string what, string? link, string? command)
    {
        var then = command is null or "/ikrar" or "/start" or "/status" ? string.Empty : $", lalu ketik {command}";
        var where = link is null
            ? "Silakan buka chat pribadi dengan bot ini" + (command is null ? "." : $" dan ketik {command} di sana.")
            : $"Silakan lanjutkan di chat pribadi: {link}{then}" + ".";
        return $"{what} memuat data pribadi, jadi hanya dilayani di chat pribadi, bukan di grup. {where}";
    }

    /// <summary>Label of the button that erases.</summary>
    public const string EraseButton = "🗑️ Ya, hapus";

    /// <summary>Label of the button that keeps everything.</summary>
    public const string KeepButton = "Batal";

    /// <summary>Reply when the erasure is not confirmed.</summary>
    public const string ErasureCancelled = "Penghapusan dibatalkan; tidak ada data yang dihapus. Ketik /datasaya untuk melihat data Anda.";

    /// <summary>What /hapusdata deletes, what it keeps and why, and how to confirm.</summary>
    public static string ErasureExplanation(bool hasPledge, int retentionDays)
    {
        var kept = hasPledge
            ? "Yang tetap disimpan, dan mengapa: ikrar Anda adalah bukti bagi instansi Anda sampai masa simpannya berakhir " +
              $"({retentionDays} hari setelah ikrar), sehingga tetap tercatat TANPA identitas: kode bukti, instansi, unit kerja, status kepegawaian, " +
              "tanggal ikrar, dan sandi NIP yang tidak dapat dibaca kembali (agar instansi yang memegang NIP Anda masih dapat mencocokkannya). " +
              "Simpan kode bukti Anda: setelah ini /status tidak lagi menampilkannya.\n\n"
            : string.Empty;
        return "Penghapusan data pribadi (UU No. 27 Tahun 2022)\n\n" +
               "Yang dihapus: nama, NIP dan akun obrolan Anda (ID Telegram atau nomor WhatsApp) dari ikrar dan riwayat perubahannya; " +
               "catatan pengingat (status berlangganan, zona waktu, berhenti/mulai); proses yang sedang berjalan; pesan Anda yang tertahan di antrean. " +
               "Catatan pengiriman siaran dan log audit tetap dihitung, tetapi tidak lagi menyebut akun Anda.\n\n" +
               kept +
               "Penghapusan tidak dapat dibatalkan. Ketik YA atau tekan tombol di bawah untuk menghapus; ketik apa pun yang lain untuk membatalkan.";
    }

    /// <summary>The confirmation after the erasure.</summary>
    internal static string ErasureDone(ErasureResult result)
    {
        var codes = result.ReceiptCodes.Count == 0
            ? string.Empty
            : $" Ikrar Anda tetap tercatat tanpa identitas dengan kode bukti {string.Join(", ", result.ReceiptCodes)}.";
        return "Data pribadi Anda telah dihapus." + codes +
               " Bila Anda mengirim pesan lagi, akun Anda tercatat kembali sebagai penerima pengingat; ketik /berhenti bila tidak menginginkannya.";
    }
}
