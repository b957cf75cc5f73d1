using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Feedback;

/// <summary>One row of the question log: a question the bot could not answer well, or a vote on an answer.</summary>
/// <param name="Kind">Unanswered, helpful or unhelpful.</param>
/// <param name="UserHash">The keyed hash of the user (who asked, or who voted).</param>
/// <param name="Question">The question with personal data scrubbed.</param>
/// <param name="TopicId">The entry answered from, or null.</param>
/// <param name="Verdict">The verdict given.</param>
/// <param name="Confidence">The answer's confidence.</param>
/// <param name="Reason">The reason given after 👎, or null.</param>
/// <param name="LoggedAt">When it was logged (a changed vote: when it was last changed).</param>
internal sealed record LoggedQuestion(
    FeedbackKind Kind, string UserHash, string Question, string? TopicId, Verdict Verdict, double Confidence, FeedbackReason? Reason, DateTimeOffset LoggedAt);
