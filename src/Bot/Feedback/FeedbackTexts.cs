namespace NetralBot.Bot.Feedback;

/// <summary>The Indonesian texts of the feedback loop. Button labels stay within WhatsApp's 20 characters.</summary>
internal static class FeedbackTexts
{
    /// <summary>The 👍 button.</summary>
    public const string HelpfulLabel = "👍 Membantu";

    /// <summary>The 👎 button.</summary>
    public const string UnhelpfulLabel = "👎 Kurang tepat";

    /// <summary>After 👍.</summary>
    public const string ThanksHelpful = "Terima kasih atas penilaian Anda. 🙏";

    /// <summary>After 👎: the optional reason.</summary>
    public const string AskReason = "Terima kasih, masukan Anda kami catat untuk perbaikan. Jika berkenan, apa yang kurang tepat? (opsional)";

    /// <summary>After a reason.</summary>
    public const string ThanksReason = "Terima kasih, alasan Anda sudah kami catat.";

    /// <summary>A vote on an answer that is no longer remembered.</summary>
    public const string Expired = "Terima kasih. Jawaban itu sudah terlalu lama untuk dinilai; silakan ajukan pertanyaannya lagi bila perlu.";

    /// <summary>Typed feedback with no recent answer in the chat.</summary>
    public const string NothingToRate = "Terima kasih atas masukannya. Belum ada jawaban terbaru yang bisa dinilai; silakan ajukan pertanyaan Anda.";

    /// <summary>A feedback button whose data is not understood.</summary>
    public const string UnknownButton = "Maaf, tombol ini tidak dikenali. Silakan ajukan pertanyaan Anda lagi.";

    /// <summary>What the question log holds about a user, as <c>/datasaya</c> names it.</summary>
    public const string UserDataDescription = "Penilaian jawaban (👍/👎) dan pertanyaan yang belum terjawab";

    /// <summary>The label of a reason button.</summary>
    public static string ReasonLabel(FeedbackReason reason) => reason switch
    {
        FeedbackReason.WrongTopic => "Salah topik",
        FeedbackReason.WrongVerdict => "Putusan keliru",
        FeedbackReason.Unclear => "Kurang jelas",
        _ => "Lainnya",
    };
}
