using System.Text;
using NetralBot.Knowledge.Catalog;

namespace NetralBot.Knowledge.Answering;

/// <summary>Writes the reply text for an entry, a "did you mean" fallback, or the neutrality guard's refusal.</summary>
internal static class AnswerComposer
{
    public static Answer FromEntry(string question, KnowledgeEntry entry, double confidence, Func<string, TopicSuggestion?> lookup, IReadOnlyList<string>? notes = null)
    {
        var text = new StringBuilder();
        text.Append(AnswerTexts.VerdictLabel(entry.Verdict)).Append(" — ").Append(entry.Question).Append("\n\n");
        AppendNotes(text, notes);
        text.Append(entry.AnswerText);
        return Finish(question, entry, entry.Verdict, confidence, lookup, text);
    }

    /// <summary>
    /// A question about the sanction of an act ("hukumannya apa?") is answered as INFO with the sanction first, then
    /// the ruling on the act itself.
    /// </summary>
    public static Answer SanctionOf(string question, KnowledgeEntry entry, double confidence, Func<string, TopicSuggestion?> lookup, IReadOnlyList<string>? notes = null)
    {
        var text = new StringBuilder();
        text.Append(AnswerTexts.VerdictLabel(Verdict.Info)).Append(" — ").Append(AnswerTexts.SanctionHeading).Append(": ")
            .Append(entry.Question).Append("\n\n");
        AppendNotes(text, notes);
        text.Append(entry.Sanction ?? AnswerTexts.NoSanctionStated).Append("\n\n");
        text.Append(AnswerTexts.ActItself).Append(' ').Append(AnswerTexts.VerdictLabel(entry.Verdict)).Append(". ").Append(entry.AnswerText);
        return Finish(question, entry with { Sanction = null }, Verdict.Info, confidence, lookup, text);
    }

    public static Answer Clarify(string question, double confidence, IReadOnlyList<TopicSuggestion> choices)
    {
        var text = new StringBuilder(AnswerTexts.ClarifyHeading);
        for (var i = 0; i < choices.Count; i++)
        {
            text.Append('\n').Append(i + 1).Append(". ").Append(choices[i].Title);
        }

        text.Append("\n\n").Append(AnswerTexts.ClarifyHint);
        return new Answer(question, Verdict.TidakTahu, null, confidence, text.ToString(), [], choices, []) { Choices = choices };
    }

    private static void AppendNotes(StringBuilder text, IReadOnlyList<string>? notes)
    {
        foreach (var note in notes ?? [])
        {
            text.Append(note).Append("\n\n");
        }
    }

    private static Answer Finish(string question, KnowledgeEntry entry, Verdict verdict, double confidence, Func<string, TopicSuggestion?> lookup, StringBuilder text)
    {
        if (entry.Advice is not null)
        {
            text.Append("\n\n").Append(AnswerTexts.Advice).Append(' ').Append(entry.Advice);
        }

        if (entry.LegalBases.Count > 0)
        {
            text.Append("\n\n").Append(AnswerTexts.LegalBasis);
            foreach (var basis in entry.LegalBases)
            {
                text.Append("\n• ").Append(basis);
            }
        }

        if (entry.Sanction is not null)
        {
            text.Append("\n\n").Append(AnswerTexts.Sanction).Append(' ').Append(entry.Sanction);
        }

        if (entry.Sources.Count > 0)
        {
            text.Append("\n\n").Append(AnswerTexts.SourcesLine(entry.Sources));
        }

        text.Append("\n\n");
        if (entry.CheckedOn is { } checkedOn)
        {
            text.Append(AnswerTexts.CheckedOn(checkedOn)).Append(' ');
        }

        text.Append(AnswerTexts.Disclaimer);

        var related = entry.Related.Select(lookup).OfType<TopicSuggestion>().ToList();
        return new Answer(question, verdict, entry.Id, confidence, text.ToString(), entry.LegalBases, [], related);
    }

    public static Answer NotSure(string question, double confidence, IReadOnlyList<TopicSuggestion> suggestions)
    {
        var text = new StringBuilder(AnswerTexts.NotSure);
        if (suggestions.Count > 0)
        {
            text.Append("\n\n").Append(AnswerTexts.DidYouMean);
            for (var i = 0; i < suggestions.Count; i++)
            {
                text.Append('\n').Append(i + 1).Append(". ").Append(suggestions[i].Title);
            }

            text.Append("\n\n").Append(AnswerTexts.Rephrase);
        }
        else
        {
            text.Append("\n\n").Append(AnswerTexts.NoSuggestion);
        }

        return new Answer(question, Verdict.TidakTahu, null, confidence, text.ToString(), [], suggestions, []);
    }

    public static Answer Empty(string question) =>
        new(question, Verdict.TidakTahu, null, 0, AnswerTexts.EmptyQuestion, [], [], []);

    public static Answer GuardRefusal(string question) =>
        new(
            question,
            Verdict.Info,
            NeutralityGuard.TopicId,
            1,
            $"{AnswerTexts.VerdictLabel(Verdict.Info)} — {AnswerTexts.GuardTitle}\n\n{AnswerTexts.GuardRefusal}\n\n{AnswerTexts.Advice} {AnswerTexts.GuardAdvice}",
            [],
            [],
            []);
}
