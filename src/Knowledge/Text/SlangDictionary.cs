namespace NetralBot.Knowledge.Text;

/// <summary>
/// Informal spellings and abbreviations of chat Indonesian mapped to standard words
/// ("gk" → "tidak", "klo" → "kalau", "timses" → "tim sukses"). A replacement may be several words.
/// </summary>
internal sealed class SlangDictionary
{
    private readonly Dictionary<string, string[]> map;

    /// <summary>Creates the dictionary from <c>informal&lt;TAB&gt;formal</c> lines.</summary>
    public SlangDictionary(IEnumerable<string> lines)
    {
        map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }

            var informal = line[..tab].Trim();
            var formal = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (informal.Length > 0 && formal.Length > 0 && !(formal.Length == 1 && formal[0] == informal))
            {
                map[informal] = formal;
            }
        }
    }

    /// <summary>The informal forms known.</summary>
    public IEnumerable<string> InformalWords => map.Keys;

    /// <summary>The standard words the dictionary maps to.</summary>
    public IEnumerable<string> FormalWords => map.Values.SelectMany(v => v);

    /// <summary>
    /// The expansion of a two-word form whose first word is already normalized ("tidak papa" from "kada papa", "gak
    /// papa": "tidak apa apa", not a father), or null.
    /// </summary>
    public IReadOnlyList<string>? ExpandPair(string previous, string word) =>
        map.TryGetValue(previous + " " + word, out var formal) ? formal : null;

    /// <summary>The standard form of a word, or null when the word is not slang.</summary>
    public IReadOnlyList<string>? Expand(string word)
    {
        if (!map.TryGetValue(word, out var formal))
        {
            return null;
        }

        // One more hop for chains such as "gak" → "enggak" → "tidak".
        if (formal.Length == 1 && map.TryGetValue(formal[0], out var second))
        {
            return second;
        }

        return formal;
    }
}
