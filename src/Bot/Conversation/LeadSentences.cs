using System.Text.RegularExpressions;

namespace NetralBot.Bot.Conversation;

/// <summary>
/// The first two or three sentences of an explanation, for the short reply on a phone; the rest stays one tap away.
/// A sentence is never cut in the middle, so no condition of a ruling is lost halfway.
/// </summary>
internal static partial class LeadSentences
{
    /// <summary>Sentences are added while the lead stays within this many characters (the first one always).</summary>
    public const int Budget = 320;

    /// <summary>At most this many sentences.</summary>
    public const int MaxSentences = 3;

    /// <summary>The lead of <paramref name="text"/> and whether anything was left out.</summary>
    public static (string Lead, bool Shortened) Of(string text)
    {
        var sentences = Split(text.Trim());
        var lead = sentences[0];
        var taken = 1;
        while (taken < sentences.Count && taken < MaxSentences && lead.Length + 1 + sentences[taken].Length <= Budget)
        {
            lead += " " + sentences[taken];
            taken++;
        }

        return (lead, taken < sentences.Count);
    }

    private static List<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match boundary in Boundary().Matches(text))
        {
            var end = boundary.Index;
            if (IsAbbreviation(text, end))
            {
                continue;
            }

            sentences.Add(text[start..end].Trim());
            start = end + boundary.Length;
        }

        sentences.Add(text[start..].Trim());
        return sentences.Where(s => s.Length > 0).DefaultIfEmpty(string.Empty).ToList();
    }

    // "No. 5", "Sdr. Budi", "dll. Selain": the word before the dot is an abbreviation, not a sentence end.
    private static bool IsAbbreviation(string text, int dotEnd)
    {
        var wordStart = text.LastIndexOfAny([' ', '(', '\n'], Math.Max(0, dotEnd - 2)) + 1;
        var word = text[wordStart..Math.Max(wordStart, dotEnd - 1)];
        return word.Length <= 1 || Abbreviations.Contains(word);
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nomor", "sdr", "bpk", "ibu", "dr", "prof", "hlm", "dll", "dsb", "dst", "yth", "kab", "kec", "jl", "st", "tsb", "ttg",
    };

    // A sentence ends at . ! or ? followed by space and a capital letter, a quote or a parenthesis.
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z""“(])", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}
