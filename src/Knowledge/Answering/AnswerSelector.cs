using NetralBot.Knowledge.Search;
using NetralBot.Knowledge.Situation;

namespace NetralBot.Knowledge.Answering;

/// <summary>
/// Chooses what to answer from the retrieval hits and the situation reading. Entries are re-ranked by how well their
/// stated actor, acts, conditions and intent fit the question; the confidence combines the retrieval evidence
/// (<see cref="AnswerConfidence"/>) with the situation evidence: an entry that rules on exactly the acts asked about,
/// for the actor asked about, well ahead of any entry with another verdict, is answered even when the words differ.
/// When two or three entries stay close and rule differently, the user is asked which one is meant; when unsure
/// between a stricter and a looser verdict, the stricter one is given (never a looser guess).
/// </summary>
internal static class AnswerSelector
{
    private const int ChoiceCount = 3;
    private const double CloseScore = 0.2;
    private const double StricterWithin = 0.1;
    private const double UncoveredWithin = 0.6;
    private const double BetterFitWithin = 0.5;
    private const double NarrowerWithin = 0.75;
    private const double DescribedWithin = 0.7;

    // Acts that only set the scene ("datang", "lihat", "pilih") do not make a looser answer a guess on their own.
    private static readonly HashSet<string> SceneActs = new(StringComparer.Ordinal) { "hadir", "menonton", "coblos", "diskusi", "lapor" };
    // Acts that answer a violation (reporting it, objecting to a penalty) rather than take part in one.
    private static readonly HashSet<string> ResponseActs = new(StringComparer.Ordinal) { "lapor", "keberatan" };
    private const double SameVerdictThreshold = 0.3;
    private const double ClarifyFloor = 0.15;

    // Unsure, but the entry that fits best forbids an act the question names, for the actor asked about: the strict
    // answer is the safe one (it can only be too careful), so it is given with a note instead of "belum yakin".
    private const double StrictFloor = 0.25;
    private const double StrictActFit = 0.1;
    private const double StrictCloseActFit = 0.5;

    public static Selection Select(IReadOnlyList<SearchHit> hits, SituationReading reading)
    {
        var top = hits[0].Score;
        var ranked = hits
            .Select(h => (Hit: h, Fit: SituationFit.Of(reading, h.Entry)))
            .Select(x => new RankedEntry(x.Hit, x.Fit, (x.Hit.Score / top) + x.Fit.Bonus))
            .OrderByDescending(r => r.Score)
            .ToList();
        var best = ranked[0];

        var retrieval = AnswerConfidence.Of(hits);
        if (best.Hit != hits[0])
        {
            retrieval *= best.Hit.Score / top;
        }

        // An entry written for another actor than the one asked about ("pensiunan" vs "asn") does not compete.
        var rival = ranked.Skip(1).FirstOrDefault(r => r.Verdict != best.Verdict && (best.Fit.Actor < 0.8 || r.Fit.Actor >= 0.8));
        var margin = rival is null ? 1 : Math.Clamp((best.Score - rival.Score) / 0.3, 0, 1);
        var situational = reading.Acts.Count > 0 && best.Fit.Acts > 0
            ? Math.Clamp(best.Fit.Acts, 0, 1) * (0.3 + (0.7 * margin))
            : 0;
        var confidence = Math.Max(retrieval, situational) * Math.Min(1, best.Fit.Actor / 0.8);
        confidence = Math.Round(Math.Clamp(confidence, 0, 1), 3);

        var close = ranked.Where(r => r.Score >= best.Score - CloseScore).Take(ChoiceCount).ToList();
        if (confidence >= AnswerConfidence.AnswerThreshold
            || (confidence >= SameVerdictThreshold && close.Count > 1 && close.All(r => r.Verdict == best.Verdict)))
        {
            return Stricter(reading, ranked, best, confidence);
        }

        // A question that asks where to report, the sanction, a date or a definition, best answered by an information
        // entry on just that: the information is given (a described violation still sets the headline, see Stricter).
        if (confidence >= SameVerdictThreshold && best.Verdict == Verdict.Info && reading.Intent != SituationReading.PermissionIntent
            && best.Hit.Entry.Situation.Intent == reading.Intent)
        {
            return Stricter(reading, ranked, best, confidence);
        }

        // Unsure between close entries, one of which forbids the act asked about (the best entry, or a close one that
        // rules on most of the acts) for the actor asked about: the strict answer, with a note on the looser case.
        var strict = confidence >= StrictFloor
            ? close.FirstOrDefault(r => r.Verdict == Verdict.Dilarang && r.Fit.Actor >= 0.8
                && r.Fit.Acts >= (r == best ? StrictActFit : StrictCloseActFit))
            : null;
        if (strict is not null)
        {
            var looser = close.FirstOrDefault(r => Strictness(r.Verdict) is > 0 and < 3);
            return new Selection(SelectionKind.Answer, confidence, [strict], looser);
        }

        if (confidence >= ClarifyFloor && close.Count > 1 && close.Select(r => r.Verdict).Distinct().Count() > 1)
        {
            return new Selection(SelectionKind.Clarify, confidence, close, null);
        }

        return new Selection(SelectionKind.NotSure, confidence, ranked.Take(ChoiceCount).ToList(), null);
    }

    /// <summary>Never more permissive than the rule: a stricter entry as close and as fitting as the best one wins.</summary>
    private static Selection Stricter(SituationReading reading, List<RankedEntry> ranked, RankedEntry best, double confidence)
    {
        if (best.Verdict is not (Verdict.Boleh or Verdict.Bersyarat))
        {
            return new Selection(SelectionKind.Answer, confidence, [best], null);
        }

        // A stricter entry as close and as fitting, or a little further behind on words but ruling more precisely on
        // the acts asked about.
        var stricter = ranked.Skip(1).FirstOrDefault(r =>
            Strictness(r.Verdict) > Strictness(best.Verdict)
            && r.Fit.Actor >= best.Fit.Actor
            && ((r.Score >= best.Score - StricterWithin && r.Fit.Acts >= best.Fit.Acts - 0.05)
                || (r.Score >= best.Score - BetterFitWithin && r.Fit.Acts >= best.Fit.Acts + 0.05)));

        // The question names an act the looser entry does not rule on, and a stricter entry close behind does: that
        // act may be what the rule forbids, so the looser verdict would be a guess.
        stricter ??= ranked.Skip(1).FirstOrDefault(r =>
            r.Score >= best.Score - UncoveredWithin
            && Strictness(r.Verdict) > Strictness(best.Verdict)
            && r.Fit.Actor >= best.Fit.Actor - 0.05
            && Uncovered(reading, best).Any(a => r.Hit.Entry.Situation.Acts.Contains(a)));
        // The looser entry's own case rests on acts the question does not name (accompanying a spouse, attending),
        // while a stricter entry rules on the asked acts alone: the question lacks what makes the looser case, so
        // the stricter rule on the act asked applies.
        stricter ??= NarrowerCaseMissing(reading, best)
            ? ranked.Skip(1)
                .Where(r => r.Score >= best.Score - NarrowerWithin
                    && r.Verdict == Verdict.Dilarang
                    && r.Fit.Actor >= best.Fit.Actor
                    && r.Fit.Acts > best.Fit.Acts)
                .OrderByDescending(r => r.Fit.Acts)
                .ThenByDescending(r => r.Score)
                .FirstOrDefault()
            : null;

        // The message describes an act that a DILARANG entry rules on, done by anyone (a superior's pressure, a
        // colleague's campaigning), and asks about it rather than for permission (where to report, the sanction),
        // while the looser entry does not rule on that act: the headline must not be looser than that act's rule.
        // An information entry on what was asked is given when it is close. ("Boleh saya lapor?" asks permission for
        // the asker's own act and keeps its answer.)
        if (stricter is null && reading.Intent != SituationReading.PermissionIntent)
        {
            var described = Uncovered(reading, best).ToList();
            var forbidding = ranked.Skip(1).FirstOrDefault(r =>
                r.Score >= best.Score - DescribedWithin
                && r.Verdict == Verdict.Dilarang
                && described.Any(a => r.Hit.Entry.Situation.Acts.Contains(a)));
            if (forbidding is not null)
            {
                stricter = ranked.Skip(1).FirstOrDefault(r => r.Verdict == Verdict.Info
                    && r.Hit.Entry.Situation.Intent == reading.Intent
                    && r.Score >= best.Score - DescribedWithin) ?? forbidding;
            }
        }

        return stricter is null
            ? new Selection(SelectionKind.Answer, confidence, [best], null)
            : new Selection(SelectionKind.Answer, confidence, [stricter], best);
    }

    private static bool NarrowerCaseMissing(SituationReading reading, RankedEntry entry)
    {
        var acts = entry.Hit.Entry.Situation.Acts;
        return reading.Acts.Count > 0
            && reading.Acts.Keys.All(acts.Contains)
            && acts.Any(a => !reading.Acts.ContainsKey(a) && !SceneActs.Contains(a));
    }

    private static IEnumerable<string> Uncovered(SituationReading reading, RankedEntry entry)
    {
        var acts = entry.Hit.Entry.Situation.Acts;
        // "Saya dihukum karena foto dengan calon; boleh saya ajukan keberatan?": permission to report or object, asked
        // in the question itself and ruled on by the entry, does not depend on the story before it.
        var asked = reading.Acts.Where(a => a.Value >= 1).Select(a => a.Key).ToList();
        if (reading.Intent == SituationReading.PermissionIntent && asked.Count > 0 && asked.All(a => ResponseActs.Contains(a) && acts.Contains(a)))
        {
            return [];
        }

        return reading.Acts.Where(a => a.Value >= 0.6 && !SceneActs.Contains(a.Key) && !acts.Contains(a.Key)).Select(a => a.Key);
    }

    private static int Strictness(Verdict verdict) => verdict switch
    {
        Verdict.Dilarang => 3,
        Verdict.Bersyarat => 2,
        Verdict.Boleh => 1,
        _ => 0,
    };
}
