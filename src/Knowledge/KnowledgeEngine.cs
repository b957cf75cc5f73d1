using NetralBot.Knowledge.Answering;
using NetralBot.Knowledge.Catalog;
using NetralBot.Knowledge.Search;
using NetralBot.Knowledge.Situation;
using NetralBot.Knowledge.Text;

namespace NetralBot.Knowledge;

/// <summary>The loaded knowledge base with its search index: the entry point of this library.</summary>
public sealed class KnowledgeEngine : IQuestionAnswerer
{
    /// <summary>Longer questions are cut: nobody types more in one question, and it bounds the work per turn.</summary>
    public const int MaxQuestionLength = 2000;

    private const int SuggestionCount = 3;


    // Above this many words a message tells a story; retrieval then reads the question clause and the act clauses.
    private const int NarrativeWords = 24;

    private readonly KnowledgeIndex index;
    private readonly NeutralityGuard guard;
    private readonly SituationReader reader;
    private readonly Dictionary<string, KnowledgeEntry> byId;
    private readonly IReadOnlyList<KnowledgeEntry> contentEntries;
    private readonly IndonesianAnalyzer baseAnalyzer;

    private KnowledgeEngine(KnowledgeIndex index, IReadOnlyList<KnowledgeEntry> contentEntries, IndonesianAnalyzer baseAnalyzer)
    {
        this.index = index;
        this.contentEntries = contentEntries;
        this.baseAnalyzer = baseAnalyzer;
        guard = new NeutralityGuard(index.Analyzer);
        reader = SituationReader.CreateDefault(index.Analyzer);
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

        var analyzer = IndonesianAnalyzer.CreateDefault();
        return new KnowledgeEngine(KnowledgeIndex.Build(knowledgeBase.Entries, analyzer), knowledgeBase.Entries, analyzer);
    }

    /// <summary>
    /// A new engine over the same knowledge-base file with <paramref name="extra"/> added to their entries' phrasings,
    /// as if they were written under <c>### Pertanyaan lain</c>: a phrasing only adds a way to reach its entry; verdicts,
    /// the neutrality guard and the selection rules are the file's. Extras always replace earlier extras (this engine's
    /// own are not kept); an extra naming no entry, or repeating a phrasing the entry already has, is left out.
    /// This engine is unchanged, so a caller may swap engines while others still answer with this one.
    /// </summary>
    public KnowledgeEngine WithPhrasings(IEnumerable<ExtraPhrasing> extra)
    {
        var byEntry = extra
            .Where(p => !string.IsNullOrWhiteSpace(p.Text))
            .GroupBy(p => p.EntryId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Text.Trim()).ToList(), StringComparer.Ordinal);
        var entries = contentEntries
            .Select(e => byEntry.TryGetValue(e.Id, out var added) && e.Id.Length > 0
                ? e with { Phrasings = [.. e.Phrasings, .. added.Where(a => !e.Phrasings.Prepend(e.Question).Any(p => SamePhrasing(p, a))).Distinct(StringComparer.OrdinalIgnoreCase)] }
                : e)
            .ToList();
        return new KnowledgeEngine(KnowledgeIndex.Build(entries, baseAnalyzer), contentEntries, baseAnalyzer);
    }

    /// <summary>The entry with <paramref name="id"/>, or null.</summary>
    public KnowledgeEntry? Find(string id) => byId.GetValueOrDefault(id);

    /// <inheritdoc />
    public Answer Ask(string question)
    {
        question ??= string.Empty;
        var text = question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question;
        if (string.IsNullOrWhiteSpace(text))
        {
            return AnswerComposer.Empty(question);
        }

        var reading = reader.Read(text);
        var words = reading.Words.ToArray();
        if (guard.AsksForPartisanHelp(words) || (guard.AsksToTakeSides(words) && !DescribesOwnConduct(reading)))
        {
            return AnswerComposer.GuardRefusal(question);
        }

        var tokens = index.Analyzer.Analyze(text);
        if (!ElectionScope.Default.Covers(tokens) || OtherElections.Default.OnlyMentions(tokens))
        {
            return AnswerComposer.NotSure(question, 0, []);
        }

        var searched = tokens.Count > NarrativeWords && reading.FocusText.Length > 0 ? index.Analyzer.Analyze(reading.FocusText) : tokens;
        // Every entry that shares a word is a candidate: the one that fits the situation may be far down by words alone.
        var hits = index.Search(searched, limit: index.Entries.Count);
        if (hits.Count == 0)
        {
            return AnswerComposer.NotSure(question, 0, []);
        }

        var selection = AnswerSelector.Select(hits, reading);
        var entries = selection.Entries.Select(r => r.Hit.Entry).ToList();
        switch (selection.Kind)
        {
            case SelectionKind.Clarify:
                return AnswerComposer.Clarify(question, selection.Confidence, entries.Select(Suggestion).ToList());
            case SelectionKind.NotSure:
                return AnswerComposer.NotSure(question, selection.Confidence, entries.Select(Suggestion).ToList());
        }

        var chosen = selection.Entries[0];
        var notes = new List<string>();
        if (selection.SetAside is { } looser)
        {
            notes.Add(AnswerTexts.StricterNote(looser.Hit.Entry.Question));
        }

        if (chosen.Fit.Actor < 0.8)
        {
            var written = chosen.Hit.Entry.Situation.Actors.DefaultIfEmpty("asn").Select(AnswerTexts.ActorName);
            notes.Add(AnswerTexts.OtherActorNote(string.Join(", ", written), AnswerTexts.ActorName(reading.Actor)));
        }

        if (chosen.Fit.Actor < 1 && AnswerTexts.ActorRule(reading.Actor) is { } rule)
        {
            notes.Add(rule);
        }

        var entry = chosen.Hit.Entry;
        return reading.Intent == "sanksi" && entry.Situation.Intent != "sanksi" && entry.Verdict != Verdict.Info && entry.Sanction is not null
            ? AnswerComposer.SanctionOf(question, entry, selection.Confidence, Lookup, notes)
            : AnswerComposer.FromEntry(question, entry, selection.Confidence, Lookup, notes);
    }

    /// <summary>Reads the situation of a question (for tools and diagnostics).</summary>
    public SituationReading Read(string question) => reader.Read(question ?? string.Empty);

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

    /// <summary>
    /// "bubuhan kawan handak ngumpul di posko paslon, ulun ikut kah bagus kada?" uses an opinion word about the asker's
    /// own act: a conduct question, not a request to take a side.
    /// </summary>
    private static bool DescribesOwnConduct(SituationReading reading) =>
        reading.AskerActs
        && reading.Words.Any(w => w is "saya" or "kami" or "kita")
        && reading.Acts.Any(a => a.Value >= 0.6 && a.Key is not ("coblos" or "ajak-memilih" or "menonton" or "keputusan"));

    private static bool SamePhrasing(string a, string b) => string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);

    private TopicSuggestion? Lookup(string id) => byId.TryGetValue(id, out var e) ? Suggestion(e) : null;

    private static TopicSuggestion Suggestion(KnowledgeEntry entry) => new(entry.Id, entry.Question);
}
