namespace NetralBot.Bot.Feedback;

/// <summary>Near-identical logged questions of one kind, counted together.</summary>
/// <param name="Count">How many rows the group holds.</param>
/// <param name="Kind">Unanswered, helpful or unhelpful.</param>
/// <param name="Question">The group's most frequent wording; among equals, the newest of its most frequent normalized form.</param>
/// <param name="TopicId">The group's most frequent entry id, or null when none was answered.</param>
internal sealed record QuestionGroup(int Count, FeedbackKind Kind, string Question, string? TopicId)
{
    /// <summary>The rows counted (newest first), for readers that decide about every wording of the group.</summary>
    public IReadOnlyList<LoggedQuestion> Members { get; init; } = [];
}
