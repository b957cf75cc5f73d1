using NetralBot.Knowledge.Text;

namespace NetralBot.Knowledge.Search;

/// <summary>
/// The index terms of a text: the concept of every content word, plus each pair of neighbouring content
/// words as a phrase term. Phrase terms let detail that changes the verdict ("status wa" vs "foto bersama",
/// "tanpa atribut" vs "pakai atribut") outweigh the words two questions share.
/// </summary>
internal static class QueryTerms
{
    /// <summary>Separates the two concepts of a phrase term; cannot occur inside a word.</summary>
    public const char PhraseSeparator = '_';

    public static List<string> From(IReadOnlyList<AnalyzedToken> tokens)
    {
        var terms = new List<string>(tokens.Count * 2);
        string? previous = null;
        foreach (var token in tokens)
        {
            if (token.IsStopWord)
            {
                continue;
            }

            terms.Add(token.Concept);
            if (previous is not null && previous != token.Concept)
            {
                terms.Add(string.Concat(previous, "_", token.Concept));
            }

            previous = token.Concept;
        }

        return terms;
    }

    public static bool IsPhrase(string term) => term.Contains(PhraseSeparator);
}
