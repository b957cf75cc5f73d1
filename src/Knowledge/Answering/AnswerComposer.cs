using System.Text;
using NetralBot.Knowledge.Catalog;

namespace NetralBot.Knowledge.Answering;

/// <summary>Writes the reply text for an entry, a "did you mean" fallback, or the neutrality guard's refusal.</summary>
internal static class AnswerComposer
{
    public static Answer FromEntry(string question, KnowledgeEntry entry, double confidence, Func<string, TopicSuggestion?> lookup, IReadOnlyList<string>? notes = null)
    {
        var heading = $"{AnswerTexts.VerdictLabel(entry.Verdict)} — {entry.Question}";
        return Finish(question, entry, entry.Verdict, confidence, lookup, heading, notes, entry.AnswerText);
    }

    /// <summary>
    /// A question about the sanction of an act ("hukumannya apa?") is answered as INFO with the sanction first, then
    /// the ruling on the act itself.
    /// </summary>
    public static Answer SanctionOf(string question, KnowledgeEntry entry, double confidence, Func<string, TopicSuggestion?> lookup, IReadOnlyList<string>? notes = null)
    {
        var heading = $"{AnswerTexts.VerdictLabel(Verdict.Info)} — {AnswerTexts.SanctionHeading}: {entry.Question}";
        var body = $"{entry.Sanction ?? AnswerTexts.NoSanctionStated}\n\n{AnswerTexts.ActItself} {AnswerTexts.VerdictLabel(entry.Verdict)}. {entry.AnswerText}";
        return Finish(question, entry with { Sanction = null }, Verdict.Info, confidence, lookup, heading, notes, body);
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

    private static Answer Finish(string question, KnowledgeEntry entry, Verdict verdict, double confidence, Func<string, TopicSuggestion?> lookup, string heading, IReadOnlyList<string>? notes, string body)
    {
        var parts = new AnswerParts(
            heading,
            notes ?? [],
            body,
            entry.Advice,
            entry.LegalBases,
            entry.Sanction,
            entry.Sources.Count > 0 ? AnswerTexts.SourcesLine(entry.Sources) : null,
            entry.CheckedOn is { } checkedOn ? AnswerTexts.CheckedOn(checkedOn) : null,
            AnswerTexts.Disclaimer);
        var related = entry.Related.Select(lookup).OfType<TopicSuggestion>().ToList();
        return new Answer(question, verdict, entry.Id, confidence, FullText(parts), entry.LegalBases, [], related) { Parts = parts };
    }

    /// <summary>The full reply: every part, in the order the <c>ask</c> contract has always printed them.</summary>
    private static string FullText(AnswerParts parts)
    {
        var text = new StringBuilder(parts.Heading).Append("\n\n");
        foreach (var note in parts.Notes)
        {
            text.Append(note).Append("\n\n");
        }

        text.Append(parts.Body);
        if (parts.Advice is not null)
        {
            text.Append("\n\n").Append(AnswerTexts.Advice).Append(' ').Append(parts.Advice);
        }

        parts.AppendBasisSanctionAndSources(text);

        if (parts.Disclaimer is not null)
        {
            text.Append("\n\n");
            if (parts.CheckedOnLine is not null)
            {
                text.Append(parts.CheckedOnLine).Append(' ');
            }

            text.Append(parts.Disclaimer);
        }

        return text.ToString();
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

    public static Answer GuardRefusal(string question)
    {
        var parts = new AnswerParts($"{AnswerTexts.VerdictLabel(Verdict.Info)} — {AnswerTexts.GuardTitle}", [], AnswerTexts.GuardRefusal, AnswerTexts.GuardAdvice, [], null, null, null, null);
        return new Answer(question, Verdict.Info, NeutralityGuard.TopicId, 1, FullText(parts), [], [], []) { Parts = parts };
    }
}
