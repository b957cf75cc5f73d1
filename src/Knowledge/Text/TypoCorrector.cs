namespace NetralBot.Knowledge.Text;

/// <summary>
/// Maps a misspelt word to the closest known word ("kampnye" → "kampanye"), using a symmetric-delete index
/// and the Damerau–Levenshtein distance: at most 1 edit for words of 4–7 letters, 2 for longer ones, none for
/// shorter ones (too many short words are one edit apart). Ties go to the more frequent word.
/// </summary>
internal sealed class TypoCorrector
{
    private readonly Dictionary<string, int> frequency;
    private readonly Dictionary<string, List<string>> byDeletion = new(StringComparer.Ordinal);

    /// <summary>Builds the index over the known words (repeats raise a word's frequency).</summary>
    public TypoCorrector(IEnumerable<string> words)
    {
        frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (word.Length >= 3 && word.All(char.IsLetter))
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        foreach (var word in frequency.Keys)
        {
            foreach (var variant in Deletions(word, MaxDistance(word.Length)))
            {
                if (!byDeletion.TryGetValue(variant, out var list))
                {
                    byDeletion[variant] = list = [];
                }

                list.Add(word);
            }
        }
    }

    /// <summary>True when the word is known as it is.</summary>
    public bool IsKnown(string word) => frequency.ContainsKey(word);

    /// <summary>The closest known word within the allowed distance, or null.</summary>
    public string? Correct(string word)
    {
        var maxDistance = MaxDistance(word.Length);
        if (maxDistance == 0 || frequency.ContainsKey(word) || !word.All(char.IsLetter))
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        foreach (var variant in Deletions(word, maxDistance))
        {
            if (!byDeletion.TryGetValue(variant, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                var distance = Distance(word, candidate);
                if (distance > maxDistance || distance > MaxDistance(candidate.Length))
                {
                    continue;
                }

                var count = frequency[candidate];
                if (distance < bestDistance || (distance == bestDistance && (count > bestFrequency || (count == bestFrequency && string.CompareOrdinal(candidate, best) < 0))))
                {
                    best = candidate;
                    bestDistance = distance;
                    bestFrequency = count;
                }
            }
        }

        return best;
    }

    private static int MaxDistance(int length) => length < 4 ? 0 : length < 8 ? 1 : 2;

    /// <summary>The word itself and every string made by deleting up to <paramref name="depth"/> letters.</summary>
    private static HashSet<string> Deletions(string word, int depth)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { word };
        var frontier = new List<string> { word };
        for (var d = 0; d < depth; d++)
        {
            var next = new List<string>();
            foreach (var w in frontier)
            {
                for (var i = 0; i < w.Length; i++)
                {
                    var deleted = w.Remove(i, 1);
                    if (result.Add(deleted))
                    {
                        next.Add(deleted);
                    }
                }
            }

            frontier = next;
        }

        return result;
    }

    /// <summary>Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
