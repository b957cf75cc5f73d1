namespace NetralBot.Knowledge.Search;

/// <summary>
/// Turns the evidence of the best hits into a confidence in [0, 1] and decides whether to answer.
/// The evidence: how much of the question the best entry covers, how close its nearest phrasing is, and how
/// far ahead it is of the best entry with a <em>different</em> verdict — two entries with the same verdict
/// competing for first place do not make the verdict uncertain. The weights and the threshold were set with
/// <c>kb selfcheck</c>, which shows how often the verdict is right at each confidence.
/// </summary>
internal static class AnswerConfidence
{
    /// <summary>Below this confidence the bot says it is not sure and offers the closest topics.</summary>
    public const double AnswerThreshold = 0.45;

    /// <summary>Computes the confidence that the first hit's verdict is right.</summary>
    /// <param name="hits">The ranked hits, best first; must not be empty.</param>
    public static double Of(IReadOnlyList<SearchHit> hits)
    {
        var best = hits[0];
        var rival = hits.Skip(1).FirstOrDefault(h => h.Entry.Verdict != best.Entry.Verdict);
        var margin = 1.0;
        if (rival is not null && best.Score > 0)
        {
            margin = Math.Clamp((best.Score - rival.Score) / best.Score / 0.25, 0, 1);
        }

        var closeness = Math.Clamp(best.PhrasingSimilarity / 0.45, 0, 1);
        var confidence = (0.45 * best.Coverage) + (0.35 * closeness) + (0.2 * margin);
        return Math.Round(Math.Clamp(confidence, 0, 1), 3);
    }
}
