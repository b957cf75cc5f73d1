using NetralBot.Knowledge.Catalog;

namespace NetralBot.Knowledge.Situation;

/// <summary>How well an entry's stated situation fits a reading of the question.</summary>
/// <param name="Acts">Share of the question's act weight the entry rules on, less extra acts and negated ones; 0 when the question names no act.</param>
/// <param name="Actor">How well the entry's actors stand for the question's actor, in [0, 1] (<see cref="ActorClasses.Fit"/>).</param>
/// <param name="Conditions">Conditions shared minus conditions contradicted.</param>
/// <param name="Intent">Bonus or malus for the question's intent (sanction, report, date, definition).</param>
internal readonly record struct SituationFit(double Acts, double Actor, double Conditions, double Intent)
{
    private static readonly (string, string)[] Opposites =
    [
        ("diunggah", "tidak-diunggah"), ("sebelum-penetapan", "setelah-penetapan"), ("jam-kerja", "luar-jam-kerja"),
    ];

    /// <summary>The amount added to the retrieval score (normalized to the best hit) when ranking.</summary>
    public double Bonus => (0.6 * Acts) + (1.0 * (Actor - 1)) + (0.2 * Conditions) + Intent;

    /// <summary>Computes the fit of one entry.</summary>
    public static SituationFit Of(SituationReading reading, KnowledgeEntry entry)
    {
        var situation = entry.Situation;
        return new SituationFit(
            ActFit(reading, situation),
            ActorClasses.Fit(reading.Actor, situation.Actors, entry.Verdict == Answering.Verdict.Dilarang),
            ConditionFit(reading, situation),
            IntentFit(reading, situation));
    }

    private static double ActFit(SituationReading reading, EntrySituation situation)
    {
        if (reading.Acts.Count == 0)
        {
            return 0;
        }

        if (situation.Acts.Count == 0)
        {
            return 0.15;
        }

        double total = 0, shared = 0;
        foreach (var (act, weight) in reading.Acts)
        {
            total += weight;
            if (situation.Acts.Contains(act))
            {
                shared += weight;
            }
        }

        var extra = situation.Acts.Count(a => !reading.Acts.ContainsKey(a)) / (double)situation.Acts.Count;
        var negated = situation.Acts.Count(reading.NegatedActs.Contains);
        return (shared / total) - (0.25 * extra) - (0.4 * negated);
    }

    private static double ConditionFit(SituationReading reading, EntrySituation situation)
    {
        if (situation.Conditions.Count == 0 || reading.Conditions.Count == 0)
        {
            return 0;
        }

        var shared = situation.Conditions.Count(reading.Conditions.Contains);
        var contradicted = Opposites.Count(p =>
            (situation.Conditions.Contains(p.Item1) && reading.Conditions.Contains(p.Item2))
            || (situation.Conditions.Contains(p.Item2) && reading.Conditions.Contains(p.Item1)));
        return (shared - (2.0 * contradicted)) / situation.Conditions.Count;
    }

    private static double IntentFit(SituationReading reading, EntrySituation situation)
    {
        var asked = reading.Intent;
        if (asked == SituationReading.PermissionIntent)
        {
            // "boleh kan saya lapor?" asks about an act, not where to report: an INFO entry is the weaker answer.
            return situation.Intent is null ? 0 : reading.Acts.Count > 0 ? -0.3 : -0.15;
        }

        if (situation.Intent == asked)
        {
            return 0.35;
        }

        return situation.Intent is null ? 0 : -0.2;
    }
}
