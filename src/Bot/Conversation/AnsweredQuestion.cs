using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Conversation;

/// <summary>What the knowledge step answered in this turn, for the steps that act after it (feedback, question log).</summary>
/// <param name="Question">The question as the user typed it, or the entry's title when a topic was opened.</param>
/// <param name="TopicId">The entry answered from, or null when none was chosen.</param>
/// <param name="Verdict">The ruling given; <see cref="Verdict.TidakTahu"/> when the bot was not sure or asked back.</param>
/// <param name="Confidence">The answer's calibrated confidence in [0, 1].</param>
/// <param name="Outcome">Whether the bot answered, opened a chosen topic, asked to clarify or abstained.</param>
internal sealed record AnsweredQuestion(string Question, string? TopicId, Verdict Verdict, double Confidence, AnswerOutcome Outcome)
{
    /// <summary>The metadata of <paramref name="answer"/>; <paramref name="topicOpened"/> when the user picked the topic.</summary>
    public static AnsweredQuestion Of(Answer answer, bool topicOpened = false) => new(
        answer.Question,
        answer.TopicId,
        answer.Verdict,
        answer.Confidence,
        topicOpened ? AnswerOutcome.TopicOpened
            : answer.Choices.Count > 0 ? AnswerOutcome.Clarifying
            : answer.Verdict == Verdict.TidakTahu ? AnswerOutcome.NotSure
            : AnswerOutcome.Answered);
}
