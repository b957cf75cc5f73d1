namespace NetralBot.Bot.Feedback;

/// <summary>The stored (and CLI) names of <see cref="FeedbackKind"/> and <see cref="FeedbackReason"/>.</summary>
internal static class FeedbackNames
{
    /// <summary>unanswered, helpful or unhelpful.</summary>
    public static string Name(this FeedbackKind kind) => kind switch
    {
        FeedbackKind.Unanswered => "unanswered",
        FeedbackKind.Helpful => "helpful",
        _ => "unhelpful",
    };

    /// <summary>salah-topik, putusan-keliru, kurang-jelas or lainnya.</summary>
    public static string Name(this FeedbackReason reason) => reason switch
    {
        FeedbackReason.WrongTopic => "salah-topik",
        FeedbackReason.WrongVerdict => "putusan-keliru",
        FeedbackReason.Unclear => "kurang-jelas",
        _ => "lainnya",
    };

    /// <summary>Parses a stored kind name.</summary>
    public static FeedbackKind? ParseKind(string? name) => name switch
    {
        "unanswered" => FeedbackKind.Unanswered,
        "helpful" => FeedbackKind.Helpful,
        "unhelpful" => FeedbackKind.Unhelpful,
        _ => null,
    };

    /// <summary>Parses a stored reason name.</summary>
    public static FeedbackReason? ParseReason(string? name) => name switch
    {
        "salah-topik" => FeedbackReason.WrongTopic,
        "putusan-keliru" => FeedbackReason.WrongVerdict,
        "kurang-jelas" => FeedbackReason.Unclear,
        "lainnya" => FeedbackReason.Other,
        _ => null,
    };
}
