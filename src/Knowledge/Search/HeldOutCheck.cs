using NetralBot.Knowledge.Answering;
using NetralBot.Knowledge.Catalog;
using NetralBot.Knowledge.Text;

namespace NetralBot.Knowledge.Search;

/// <summary>The outcome of asking one held-out phrasing.</summary>
/// <param name="Phrasing">The phrasing that was left out of the index.</param>
/// <param name="Expected">The entry it belongs to.</param>
/// <param name="Found">The entry ranked first, or null when nothing matched.</param>
/// <param name="Confidence">The confidence of the first hit.</param>
public sealed record HeldOutResult(string Phrasing, KnowledgeEntry Expected, KnowledgeEntry? Found, double Confidence)
{
    /// <summary>True when the bot would answer (confidence at or above the threshold).</summary>
    public bool Answered => Found is not null && Confidence >= AnswerConfidence.AnswerThreshold;

    /// <summary>True when the bot would answer with the wrong verdict: the costly mistake.</summary>
    public bool WrongVerdict => Answered && Found!.Verdict != Expected.Verdict;
}

/// <summary>
/// Measures retrieval without any evaluation set: k-fold cross-validation over the knowledge base's own
/// phrasings. Each fold's phrasings are left out of the index and asked as questions. Admins run it after
/// editing (<c>kb selfcheck</c>) to see whether a new entry steals other entries' questions.
/// </summary>
public static class HeldOutCheck
{
    /// <summary>Runs the check with <paramref name="folds"/> folds (and optionally other ranking parameters) and returns one result per phrasing.</summary>
    public static IReadOnlyList<HeldOutResult> Run(IReadOnlyList<KnowledgeEntry> entries, IndonesianAnalyzer analyzer, int folds = 5, FieldWeights? parameters = null)
    {
        var results = new List<HeldOutResult>();
        var original = entries.DistinctBy(e => e.Id).ToDictionary(e => e.Id, StringComparer.Ordinal);
        for (var fold = 0; fold < folds; fold++)
        {
            var held = new List<(string, KnowledgeEntry)>();
            var kept = entries.Select(e =>
            {
                var phrasings = new List<string>();
                for (var i = 0; i < e.Phrasings.Count; i++)
                {
                    if (i % folds == fold)
                    {
                        held.Add((e.Phrasings[i], e));
                    }
                    else
                    {
                        phrasings.Add(e.Phrasings[i]);
                    }
                }

                return e with { Phrasings = phrasings };
            }).ToList();

            var index = KnowledgeIndex.Build(kept, analyzer, parameters);
            foreach (var (phrasing, expected) in held)
            {
                var hits = index.Search(phrasing, 4);
                var found = hits.Count > 0 ? original[hits[0].Entry.Id] : null;
                var confidence = hits.Count > 0 ? AnswerConfidence.Of(hits) : 0;
                results.Add(new HeldOutResult(phrasing, expected, found, confidence));
            }
        }

        return results;
    }
}
