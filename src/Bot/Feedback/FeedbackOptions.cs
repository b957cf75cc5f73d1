namespace NetralBot.Bot.Feedback;

/// <summary>Section <c>Feedback</c>.</summary>
/// <param name="LowConfidence"><c>Feedback:LowConfidence</c>: an answer below this confidence goes into the question log.</param>
/// <param name="QuestionLogRetentionDays"><c>Feedback:QuestionLogRetentionDays</c>: how long logged questions and votes are kept.</param>
internal sealed record FeedbackOptions(double LowConfidence, int QuestionLogRetentionDays)
{
    /// <summary>Default of <see cref="LowConfidence"/>: just above the selector's answering threshold (0.45).</summary>
    public const double DefaultLowConfidence = 0.5;

    /// <summary>Default of <see cref="QuestionLogRetentionDays"/>.</summary>
    public const int DefaultQuestionLogRetentionDays = 180;

    /// <summary>
    /// How long an answer shown with feedback buttons is remembered, so that a vote on it (a tap or "jawabannya salah")
    /// can name the question. Votes come within minutes; a week covers a chat read later.
    /// </summary>
    public static readonly TimeSpan ShownAnswerRetention = TimeSpan.FromDays(7);

    /// <summary>The defaults.</summary>
    public static readonly FeedbackOptions Default = new(DefaultLowConfidence, DefaultQuestionLogRetentionDays);
}
