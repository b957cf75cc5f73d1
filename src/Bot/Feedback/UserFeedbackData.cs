namespace NetralBot.Bot.Feedback;

/// <summary>What the feedback store holds about one user (for <c>/datasaya</c>).</summary>
/// <param name="QuestionLogRows">Votes and logged questions in the question log.</param>
/// <param name="ShownAnswers">Answers remembered for a few days so that a vote can name the question.</param>
internal sealed record UserFeedbackData(int QuestionLogRows, int ShownAnswers)
{
    /// <summary>All rows.</summary>
    public int Total => QuestionLogRows + ShownAnswers;
}
