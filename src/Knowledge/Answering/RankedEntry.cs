using NetralBot.Knowledge.Search;
using NetralBot.Knowledge.Situation;

namespace NetralBot.Knowledge.Answering;

/// <summary>A retrieval hit re-ranked with the situation: word retrieval is one signal, the situation fit the others.</summary>
/// <param name="Hit">The retrieval hit.</param>
/// <param name="Fit">How the entry's stated situation fits the reading of the question.</param>
/// <param name="Score">Retrieval score relative to the best hit, plus <see cref="SituationFit.Bonus"/>.</param>
internal sealed record RankedEntry(SearchHit Hit, SituationFit Fit, double Score)
{
    public Verdict Verdict => Hit.Entry.Verdict;
}
