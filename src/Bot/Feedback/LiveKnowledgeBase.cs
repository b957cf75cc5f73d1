using NetralBot.Knowledge;
using NetralBot.Knowledge.Answering;
using NetralBot.Knowledge.Catalog;

namespace NetralBot.Bot.Feedback;

/// <summary>
/// The engine the bot answers with: the knowledge-base file's engine plus the phrasings admins attached (stored in
/// the database). A new attachment builds a new immutable engine and swaps it in; questions in flight finish on the
/// engine they started with, so no lock is taken to answer.
/// </summary>
internal sealed class LiveKnowledgeBase : IQuestionAnswerer
{
    private readonly KnowledgeEngine content;
    private readonly IQuestionTriageStore store;
    private readonly SemaphoreSlim rebuilding = new(1, 1);
    private volatile KnowledgeEngine current;
    private IReadOnlyList<StoredPhrasing> merged;

    private LiveKnowledgeBase(KnowledgeEngine content, IQuestionTriageStore store, IReadOnlyList<StoredPhrasing> merged)
    {
        this.content = content;
        this.store = store;
        this.merged = merged;
        current = Merge(content, merged);
    }

    /// <summary>The engine answering now.</summary>
    public KnowledgeEngine Current => current;

    /// <summary>The engine of the file alone, without stored phrasings.</summary>
    public KnowledgeEngine Content => content;

    /// <summary>The file's engine with the stored phrasings merged in.</summary>
    public static async Task<LiveKnowledgeBase> LoadAsync(KnowledgeEngine content, IQuestionTriageStore store, CancellationToken cancellationToken = default)
    {
        return new LiveKnowledgeBase(content, store, await store.ListPhrasingsAsync(cancellationToken));
    }

    /// <summary>The file's engine with <paramref name="phrasings"/> merged in (itself when there are none).</summary>
    public static KnowledgeEngine Merge(KnowledgeEngine content, IReadOnlyCollection<StoredPhrasing> phrasings) =>
        phrasings.Count == 0 ? content : content.WithPhrasings(phrasings.Select(p => new ExtraPhrasing(p.EntryId, p.Text)));

    /// <summary>
    /// Reads the stored phrasings again and, when they changed (here or in another instance sharing the database),
    /// swaps in the engine built with them. True when it swapped.
    /// </summary>
    public async Task<bool> ReloadAsync(CancellationToken cancellationToken = default)
    {
        // One rebuild at a time: two attachments at once must not end with the engine of the older list.
        await rebuilding.WaitAsync(cancellationToken);
        try
        {
            var phrasings = await store.ListPhrasingsAsync(cancellationToken);
            if (phrasings.SequenceEqual(merged))
            {
                return false;
            }

            current = Merge(content, phrasings);
            merged = phrasings;
            return true;
        }
        finally
        {
            rebuilding.Release();
        }
    }

    /// <inheritdoc />
    public Answer Ask(string question) => current.Ask(question);

    /// <inheritdoc />
    public Answer? AnswerTopic(string topicId) => current.AnswerTopic(topicId);
}
