namespace NetralBot.Knowledge.Text;

/// <summary>
/// Groups of words and phrases that mean the same for retrieval ("selfie", "swafoto" → concept "foto";
/// "media sosial" → "medsos"). Lines read <c>concept: form, form, multi word form</c>.
/// </summary>
internal sealed class SynonymGroups
{
    private readonly Dictionary<string, string> conceptOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> phrasesByFirstWord = new(StringComparer.Ordinal);

    /// <summary>Creates the groups from <c>concept: forms</c> lines.</summary>
    public SynonymGroups(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var concept = line[..colon].Trim().Replace(' ', '_');
            var forms = line[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Append(line[..colon].Trim());
            foreach (var form in forms)
            {
                var words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0)
                {
                    continue;
                }

                // The first group to name a form wins, so an admin's earlier, more specific line takes precedence.
                conceptOf.TryAdd(string.Join(' ', words), concept);
                if (words.Length > 1)
                {
                    if (!phrasesByFirstWord.TryGetValue(words[0], out var list))
                    {
                        phrasesByFirstWord[words[0]] = list = [];
                    }

                    list.Add(words);
                }
            }
        }

        foreach (var list in phrasesByFirstWord.Values)
        {
            list.Sort((a, b) => b.Length.CompareTo(a.Length));
        }
    }

    /// <summary>Every single word that appears in a group.</summary>
    public IEnumerable<string> Words => conceptOf.Keys.SelectMany(k => k.Split(' '));

    /// <summary>The concept of a single word or a space-joined phrase, or null.</summary>
    public string? ConceptOf(string form) => conceptOf.GetValueOrDefault(form);

    /// <summary>The number of words of the longest group phrase starting at <paramref name="start"/>, or 0.</summary>
    public int PhraseLengthAt(IReadOnlyList<string> words, int start)
    {
        if (!phrasesByFirstWord.TryGetValue(words[start], out var phrases))
        {
            return 0;
        }

        foreach (var phrase in phrases)
        {
            if (start + phrase.Length > words.Count)
            {
                continue;
            }

            var match = true;
            for (var i = 1; i < phrase.Length && match; i++)
            {
                match = words[start + i] == phrase[i];
            }

            if (match)
            {
                return phrase.Length;
            }
        }

        return 0;
    }
}
