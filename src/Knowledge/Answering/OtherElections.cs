using NetralBot.Knowledge.Text;

namespace NetralBot.Knowledge.Answering;

/// <summary>
/// Elections outside the Pemilu and the Pilkada (a village head, a rector, a neighbourhood head). They share words with
/// the knowledge base ("calon", "kampanye") but its rules do not apply to them, so the bot does not answer them.
/// </summary>
internal sealed class OtherElections
{
    private static readonly HashSet<string> ElectionWords = new(StringComparer.Ordinal)
    {
        "pemilu", "pilkada", "pilpres", "pileg", "pilgub", "pilbup", "pilwalkot", "caleg", "capres", "cawapres", "cagub",
        "cabup", "cawalkot", "partai", "parpol", "presiden", "gubernur", "bupati", "walikota", "dprd", "dpr", "dpd", "kpu",
        "bawaslu", "paslon",
    };

    private readonly string[][] phrases;
    private readonly HashSet<string> firstWords;

    /// <summary>Creates the list from normalized words and phrases.</summary>
    public OtherElections(IEnumerable<string> lines)
    {
        phrases = lines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length > 0).ToArray();
        firstWords = phrases.Select(p => p[0]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The list the project ships (<c>Answering/Data/other-elections.txt</c>).</summary>
    public static OtherElections Default { get; } = new(LexiconResource.Lines("other-elections.txt", "Answering"));

    /// <summary>True when the text names another election and nothing of the Pemilu or the Pilkada.</summary>
    public bool OnlyMentions(IReadOnlyList<AnalyzedToken> tokens)
    {
        var words = tokens.SelectMany(t => t.Word.Split(' ')).ToList();
        if (words.Any(ElectionWords.Contains) || tokens.Any(t => ElectionWords.Contains(t.Concept)))
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (!firstWords.Contains(words[i]))
            {
                continue;
            }

            foreach (var phrase in phrases)
            {
                if (i + phrase.Length <= words.Count && phrase.Select((w, j) => words[i + j] == w).All(m => m))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
