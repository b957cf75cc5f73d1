namespace NetralBot.Bot.Feedback;

/// <summary>The question log grouped for people: <c>questions list</c> and the dashboard read it here.</summary>
internal sealed class QuestionReport(IFeedbackStore store)
{
    /// <summary>The kinds a filter name stands for: <c>unanswered</c>, <c>unhelpful</c> or <c>all</c> (with helpful answers).</summary>
    public static IReadOnlyCollection<FeedbackKind>? KindsOf(string filter) => filter.Trim().ToLowerInvariant() switch
    {
        "unanswered" => [FeedbackKind.Unanswered],
        "unhelpful" => [FeedbackKind.Unhelpful],
        "all" => [FeedbackKind.Unanswered, FeedbackKind.Unhelpful, FeedbackKind.Helpful],
        _ => null,
    };

    /// <summary>Near-identical questions of <paramref name="kinds"/> logged since <paramref name="since"/> (all when null), most frequent first.</summary>
    public async Task<IReadOnlyList<QuestionGroup>> ListAsync(DateTimeOffset? since, IReadOnlyCollection<FeedbackKind> kinds, CancellationToken cancellationToken = default) =>
        QuestionGrouper.Group(await store.ListAsync(since, kinds, cancellationToken));
}
