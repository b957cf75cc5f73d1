namespace NetralBot.Bot.Feedback;

/// <summary>
/// What admins decided about logged questions: phrasings attached to entries (merged into the knowledge index) and
/// wordings marked out of scope. Wordings are keyed by <see cref="Conversation.PhraseNormalizer"/>, as the grouping
/// of the question log compares them.
/// </summary>
internal interface IQuestionTriageStore
{
    /// <summary>Every attached phrasing, oldest first.</summary>
    Task<IReadOnlyList<StoredPhrasing>> ListPhrasingsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="phrasing"/> and marks <paramref name="questionKeys"/> as attached to its entry, in one
    /// transaction. Returns the entry the phrasing's wording already leads to when it is stored (nothing changes then),
    /// else null.
    /// </summary>
    Task<string?> AttachAsync(StoredPhrasing phrasing, IReadOnlyCollection<string> questionKeys, CancellationToken cancellationToken = default);

    /// <summary>Marks <paramref name="questionKeys"/> out of scope (a key decided before keeps its first decision).</summary>
    Task MarkOutOfScopeAsync(IReadOnlyCollection<string> questionKeys, string actor, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The keys of every wording decided (attached or out of scope).</summary>
    Task<IReadOnlySet<string>> DecidedKeysAsync(CancellationToken cancellationToken = default);
}
