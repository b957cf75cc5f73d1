using NetralBot.Knowledge.Catalog;
using NetralBot.Knowledge.Text;

namespace NetralBot.Knowledge.Search;

/// <summary>
/// An in-memory BM25F index over the entries (fields: questions, keywords, body) combined with a
/// nearest-phrasing score over each single question. Immutable once built; safe for concurrent queries.
/// </summary>
internal sealed class KnowledgeIndex
{
    private readonly IndonesianAnalyzer analyzer;
    private readonly IReadOnlyList<KnowledgeEntry> entries;
    private readonly Dictionary<string, double> idf;
    private readonly Dictionary<string, (int Entry, double Tf)[]> entryPostings;
    private readonly Dictionary<string, int[]> phrasingPostings;
    private readonly double[] phrasingWeight;
    private readonly int[] phrasingEntry;
    private readonly double unknownIdf;
    private readonly FieldWeights weights;
    private readonly HashSet<string>[] entryConcepts;

    private KnowledgeIndex(
        IndonesianAnalyzer analyzer,
        IReadOnlyList<KnowledgeEntry> entries,
        Dictionary<string, double> idf,
        Dictionary<string, (int Entry, double Tf)[]> entryPostings,
        Dictionary<string, int[]> phrasingPostings,
        double[] phrasingWeight,
        int[] phrasingEntry,
        FieldWeights weights,
        HashSet<string>[] entryConcepts)
    {
        this.weights = weights;
        this.entryConcepts = entryConcepts;
        this.analyzer = analyzer;
        this.entries = entries;
        this.idf = idf;
        this.entryPostings = entryPostings;
        this.phrasingPostings = phrasingPostings;
        this.phrasingWeight = phrasingWeight;
        this.phrasingEntry = phrasingEntry;
        unknownIdf = Idf(entries.Count, weights.UnknownWordFrequency);
    }

    /// <summary>The entries, in knowledge-base order.</summary>
    public IReadOnlyList<KnowledgeEntry> Entries => entries;

    /// <summary>The analyzer queries go through (with the knowledge base's vocabulary for typo correction).</summary>
    public IndonesianAnalyzer Analyzer => analyzer;

    /// <summary>Builds the index. The analyzer is extended with the entries' vocabulary so typos near KB words are corrected.</summary>
    public static KnowledgeIndex Build(IReadOnlyList<KnowledgeEntry> entries, IndonesianAnalyzer baseAnalyzer, FieldWeights? parameters = null)
    {
        var weights = parameters ?? FieldWeights.Default;
        var analyzer = baseAnalyzer.WithVocabulary(entries.SelectMany(AllText).SelectMany(baseAnalyzer.Analyze).Select(t => t.Word));

        var fieldTerms = entries.Select(e => new[]
        {
            Terms(analyzer, e.Phrasings.Prepend(e.Question)),
            Terms(analyzer, e.Keywords),
            Terms(analyzer, BodyOf(e)),
        }).ToArray();
        var fieldWeights = new[] { weights.Questions, weights.Keywords, weights.Body };
        var averageLength = Enumerable.Range(0, 3)
            .Select(f => Math.Max(1.0, fieldTerms.Average(fields => (double)fields[f].Count)))
            .ToArray();

        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var pseudoTf = new Dictionary<string, List<(int, double)>>(StringComparer.Ordinal);
        for (var e = 0; e < entries.Count; e++)
        {
            var weighted = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var f = 0; f < 3; f++)
            {
                var terms = fieldTerms[e][f];
                var norm = 1 - weights.B + (weights.B * terms.Count / averageLength[f]);
                foreach (var term in terms)
                {
                    weighted[term] = weighted.GetValueOrDefault(term) + (fieldWeights[f] / norm);
                }
            }

            foreach (var (term, tf) in weighted)
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
                if (!pseudoTf.TryGetValue(term, out var list))
                {
                    pseudoTf[term] = list = [];
                }

                list.Add((e, tf));
            }
        }

        var idf = documentFrequency.ToDictionary(p => p.Key, p => Idf(entries.Count, p.Value), StringComparer.Ordinal);

        var phrasingPostings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var phrasingWeight = new List<double>();
        var phrasingEntry = new List<int>();
        for (var e = 0; e < entries.Count; e++)
        {
            foreach (var question in entries[e].Phrasings.Prepend(entries[e].Question))
            {
                var id = phrasingWeight.Count;
                var distinct = QueryTerms.From(analyzer.Analyze(question)).Distinct().ToList();
                phrasingWeight.Add(distinct.Sum(t => TermWeight(t, idf[t], weights)));
                phrasingEntry.Add(e);
                foreach (var term in distinct)
                {
                    if (!phrasingPostings.TryGetValue(term, out var list))
                    {
                        phrasingPostings[term] = list = [];
                    }

                    list.Add(id);
                }
            }
        }

        return new KnowledgeIndex(
            analyzer,
            entries,
            idf,
            pseudoTf.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            phrasingPostings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            [.. phrasingWeight],
            [.. phrasingEntry],
            weights,
            fieldTerms.Select(fields => new HashSet<string>(fields[0].Concat(fields[1]), StringComparer.Ordinal)).ToArray());
    }

    /// <summary>Ranks the entries for a query; returns the best <paramref name="limit"/> hits with a positive score.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 5) => Search(analyzer.Analyze(query), limit);

    /// <summary>Ranks the entries for an already analyzed query (see <see cref="Analyzer"/>).</summary>
    public IReadOnlyList<SearchHit> Search(IReadOnlyList<AnalyzedToken> query, int limit = 5)
    {
        var terms = QueryTerms.From(query).Distinct().ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        var n = entries.Count;
        var bm25 = new double[n];
        var covered = new double[n];
        var phrasingMatched = new double[phrasingWeight.Length];
        double queryWeight = 0, queryWordWeight = 0;

        foreach (var term in terms)
        {
            var isPhrase = QueryTerms.IsPhrase(term);
            var known = idf.TryGetValue(term, out var termIdf);
            var weight = TermWeight(term, known ? termIdf : unknownIdf, weights);
            if (isPhrase && !known)
            {
                // An unseen word pair says nothing about relevance; only unseen words lower coverage.
                continue;
            }

            queryWeight += weight;
            if (!isPhrase)
            {
                queryWordWeight += weight;
            }

            if (!known)
            {
                continue;
            }

            foreach (var (entry, tf) in entryPostings[term])
            {
                bm25[entry] += weight * tf * (weights.K1 + 1) / (tf + weights.K1);
                if (!isPhrase)
                {
                    covered[entry] += weight;
                }
            }

            if (phrasingPostings.TryGetValue(term, out var phrasings))
            {
                foreach (var p in phrasings)
                {
                    phrasingMatched[p] += weight;
                }
            }
        }

        if (queryWeight <= 0)
        {
            return [];
        }

        var nearest = new double[n];
        for (var p = 0; p < phrasingMatched.Length; p++)
        {
            if (phrasingMatched[p] > 0)
            {
                var jaccard = phrasingMatched[p] / (queryWeight + phrasingWeight[p] - phrasingMatched[p]);
                var e = phrasingEntry[p];
                if (jaccard > nearest[e])
                {
                    nearest[e] = jaccard;
                }
            }
        }

        var queryConcepts = new HashSet<string>(terms, StringComparer.Ordinal);
        var hits = new List<SearchHit>();
        for (var e = 0; e < n; e++)
        {
            if (bm25[e] <= 0)
            {
                continue;
            }

            var score = (bm25[e] / ((weights.K1 + 1) * queryWeight)) + (weights.NearestPhrasing * nearest[e]);
            if (ExclusiveConcepts.Contradicts(queryConcepts, entryConcepts[e]))
            {
                score *= ExclusiveConcepts.Penalty;
            }

            var coverage = queryWordWeight > 0 ? covered[e] / queryWordWeight : 0;
            hits.Add(new SearchHit(entries[e], score, coverage, nearest[e]));
        }

        hits.Sort((a, b) => b.Score.CompareTo(a.Score));
        return hits.Count > limit ? hits.GetRange(0, limit) : hits;
    }

    private static double Idf(int documents, int frequency) =>
        Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));

    private static double TermWeight(string term, double termIdf, FieldWeights weights) =>
        QueryTerms.IsPhrase(term) ? termIdf * weights.Phrase : termIdf;

    private static List<string> Terms(IndonesianAnalyzer analyzer, IEnumerable<string> texts) =>
        texts.SelectMany(t => QueryTerms.From(analyzer.Analyze(t))).ToList();

    private static IEnumerable<string> BodyOf(KnowledgeEntry e) =>
        new[] { e.AnswerText, e.Advice ?? string.Empty, e.Sanction ?? string.Empty }.Concat(e.LegalBases);

    private static IEnumerable<string> AllText(KnowledgeEntry e) =>
        e.Phrasings.Prepend(e.Question).Concat(e.Keywords).Concat(BodyOf(e));
}
