namespace NetralBot.Knowledge.Search;

/// <summary>
/// Turns the evidence of the best hits into a confidence in [0, 1] and decides whether to answer.
/// The evidence: how much of the question the entry covers, how close the nearest phrasing is, and
/// whether the runner-up (with a different verdict) is close behind.
/// </summary>
public static class AnswerConfidence
{
    /// <summary>Below this confidence the bot says it is not sure and offers the closest topics.</summary>
    public const double AnswerThreshold = 0.5;

    /// <summary>Computes the confidence that <paramref name="best"/> is the right entry.</summary>
    public static double Of(SearchHit best, SearchHit? runnerUp)
    {
        var margin = 1.0;
        if (runnerUp is not null && runnerUp.Entry.Verdict != best.Entry.Verdict && best.Score > 0)
        {
            margin = Math.Clamp((best.Score - runnerUp.Score) / best.Score / 0.25, 0, 1);
        }

        var closeness = Math.Clamp(best.PhrasingSimilarity / 0.45, 0, 1);
        var confidence = (0.45 * best.Coverage) + (0.35 * closeness) + (0.2 * margin);
        return Math.Round(Math.Clamp(confidence, 0, 1), 3);
    }
}
