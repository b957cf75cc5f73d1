namespace NetralBot.Bot.Feedback;

/// <summary>The optional reason after 👎.</summary>
internal enum FeedbackReason
{
    /// <summary>"Salah topik": the answer is about something else.</summary>
    WrongTopic,

    /// <summary>"Putusan keliru": the verdict is wrong.</summary>
    WrongVerdict,

    /// <summary>"Kurang jelas": hard to understand.</summary>
    Unclear,

    /// <summary>"Lainnya".</summary>
    Other,
}
