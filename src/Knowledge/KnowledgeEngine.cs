using NetralBot.Knowledge.Answering;
using NetralBot.Knowledge.Catalog;
using NetralBot.Knowledge.Search;
using NetralBot.Knowledge.Text;

namespace NetralBot.Knowledge;

/// <summary>The loaded knowledge base with its search index: the entry point of this library.</summary>
public sealed class KnowledgeEngine : IQuestionAnswerer
{
    /// <summary>Longer questions are cut: nobody types more in one question, and it bounds the work per turn.</summary>
    public const int MaxQuestionLength = 2000;

    private const int SuggestionCount = 3;

    private readonly KnowledgeIndex index;
    private readonly NeutralityGuard guard;
    private readonly Dictionary<string, KnowledgeEntry> byId;

    private KnowledgeEngine(KnowledgeIndex index)
    {
        this.index = index;
        guard = new NeutralityGuard(index.Analyzer);
        byId = index.Entries.Where(e => e.Id.Length > 0).DistinctBy(e => e.Id).ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    /// <summary>The entries the engine answers from.</summary>
    public IReadOnlyList<KnowledgeEntry> Entries => index.Entries;

    /// <summary>Parses and lints the knowledge-base Markdown text and builds the index.</summary>
    /// <param name="markdown">The content of <c>content/faq-id.md</c>.</param>
    /// <param name="sourceName">The file name used in error messages.</param>
    /// <exception cref="KnowledgeBaseException">The file has lint errors.</exception>
    public static KnowledgeEngine FromMarkdown(string markdown, string sourceName)
    {
        var knowledgeBase = KnowledgeBaseLinter.Lint(KnowledgeBaseParser.Parse(markdown, sourceName));
        if (!knowledgeBase.IsValid)
        {
            throw new KnowledgeBaseException(knowledgeBase.Diagnostics);
        }

        return new KnowledgeEngine(KnowledgeIndex.Build(knowledgeBase.Entries, IndonesianAnalyzer.CreateDefault()));
    }

    /// <inheritdoc />
    public Answer Ask(string question)
    {
        question ??= string.Empty;
        var text = question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question;
        if (string.IsNullOrWhiteSpace(text))
        {
            return AnswerComposer.Empty(question);
        }

        if (guard.AsksToTakeSides(text))
        {
            return AnswerComposer.GuardRefusal(question);
        }

        var tokens = index.Analyzer.Analyze(text);
        if (!ElectionScope.Default.Covers(tokens))
        {
            return AnswerComposer.NotSure(question, 0, []);
        }

        var hits = index.Search(tokens, limit: SuggestionCount + 1);
        if (hits.Count == 0)
        {
            return AnswerComposer.NotSure(question, 0, []);
        }

        var confidence = AnswerConfidence.Of(hits);
        if (confidence < AnswerConfidence.AnswerThreshold)
        {
            var suggestions = hits.Take(SuggestionCount).Select(h => Suggestion(h.Entry)).ToList();
            return AnswerComposer.NotSure(question, confidence, suggestions);
        }

        return AnswerComposer.FromEntry(question, hits[0].Entry, confidence, Lookup);
    }

    /// <inheritdoc />
    public Answer? AnswerTopic(string topicId)
    {
        if (topicId == NeutralityGuard.TopicId)
        {
            return AnswerComposer.GuardRefusal(AnswerTexts.GuardTitle);
        }

        return byId.TryGetValue(topicId, out var entry)
            ? AnswerComposer.FromEntry(entry.Question, entry, 1, Lookup)
            : null;
    }

    /// <summary>Ranks entries for a question without composing an answer (for tools and diagnostics).</summary>
    public IReadOnlyList<SearchHit> Search(string question, int limit = 5) => index.Search(question, limit);

    private TopicSuggestion? Lookup(string id) => byId.TryGetValue(id, out var e) ? Suggestion(e) : null;

    private static TopicSuggestion Suggestion(KnowledgeEntry entry) => new(entry.Id, entry.Question);
}
