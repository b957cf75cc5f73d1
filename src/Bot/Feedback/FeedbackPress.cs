namespace NetralBot.Bot.Feedback;

/// <summary>A pressed feedback button: a vote, or a reason after 👎.</summary>
/// <param name="AnswerId">The shown answer it is about.</param>
/// <param name="Vote">Helpful or unhelpful; null for a reason.</param>
/// <param name="Reason">The reason; null for a vote.</param>
internal sealed record FeedbackPress(string AnswerId, FeedbackKind? Vote, FeedbackReason? Reason);
