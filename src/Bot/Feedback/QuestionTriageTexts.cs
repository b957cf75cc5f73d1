namespace NetralBot.Bot.Feedback;

/// <summary>Indonesian messages of <see cref="QuestionTriage"/>.</summary>
internal static class QuestionTriageTexts
{
    public const string NotOpen = "Pertanyaan itu tidak ada lagi di daftar terbuka: sudah ditangani admin lain atau sudah terhapus karena masa simpan log.";

    public const string NoEntry = "Pilih entri tujuan terlebih dahulu.";

    public const string EmptyPhrasing = "Frasa tidak boleh kosong.";

    public static string UnknownEntry(string id) => $"Entri \"{id}\" tidak ada di basis pengetahuan.";

    public static string TooLong(int length, int max) =>
        $"Frasa terlalu panjang ({length} karakter, paling banyak {max}). Persingkat menjadi inti pertanyaannya.";

    public static string PhrasingOfOtherEntry(string id) =>
        $"Frasa ini sudah menjadi pertanyaan entri \"{id}\" di basis pengetahuan; lampirkan ke entri itu atau ubah frasanya.";

    public static string SituationDoesNotFit(string id, string? answeredId, string verdict) =>
        $"Tidak dilampirkan: dengan frasa ini pun bot menjawabnya {(answeredId is null ? "dengan " + verdict : $"dari entri \"{answeredId}\" ({verdict})")}, "
        + $"karena situasi pertanyaannya (pelaku, perbuatan) tidak cocok dengan entri \"{id}\". Pilih entri yang sesuai, "
        + "atau bila entri itu memang tepat, perbaiki Pelaku/Perbuatan-nya di content/faq-id.md.";

    public static string AlreadyAttached(string id) => $"Frasa ini sudah dilampirkan ke entri \"{id}\" sebelumnya.";

    public static string Attached(string id, int count) =>
        $"Dilampirkan ke entri \"{id}\" ({count} pertanyaan). Bot langsung memakainya; salin frasa dari `kb export --json` ke content/faq-id.md saat peninjauan.";

    public static string OutOfScope(int count) => $"Ditandai di luar cakupan ({count} pertanyaan).";
}
