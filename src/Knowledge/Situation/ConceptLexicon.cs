using NetralBot.Knowledge.Text;

namespace NetralBot.Knowledge.Situation;

/// <summary>
/// A data-driven list of concepts and their forms (<c>concept-id: form, multi word form, 🔥</c>), matched on the
/// normalized words of a clause or their stems, longest form first. Forms made of symbols (emoji) are matched on the
/// raw text, since normalization removes them.
/// </summary>
internal sealed class ConceptLexicon
{
    private readonly Dictionary<string, List<(string Concept, string[] Words, string[] Stems)>> byFirstStem = new(StringComparer.Ordinal);
    private readonly List<(string Concept, string Symbol)> symbols = [];
    private readonly HashSet<string> concepts = new(StringComparer.Ordinal);

    /// <summary>Creates the lexicon from <c>concept: forms</c> lines; forms are normalized with <paramref name="analyzer"/>.</summary>
    public ConceptLexicon(IEnumerable<string> lines, IndonesianAnalyzer analyzer)
    {
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var concept = line[..colon].Trim();
            concepts.Add(concept);
            foreach (var form in line[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!form.Any(char.IsLetterOrDigit))
                {
                    symbols.Add((concept, form));
                    continue;
                }

                // "=coblos": the word itself only, not its inflections ("coblosan" is the voting day, not the act).
                var exact = form.StartsWith('=');
                var words = analyzer.Normalize(exact ? form[1..] : form).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0)
                {
                    continue;
                }

                // A root form ("kampanye") matches every inflection ("berkampanye"); an inflected form
                // ("kampanyekan") only itself, or "mencalonkan" would claim every "calon".
                var stems = words.Select(w => !exact && analyzer.Stemmer.Stem(w) is var stem && stem == w ? stem : "\0" + w).ToArray();
                if (!byFirstStem.TryGetValue(stems[0], out var list))
                {
                    byFirstStem[stems[0]] = list = [];
                }

                list.Add((concept, words, stems));
            }
        }

        foreach (var list in byFirstStem.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    /// <summary>The concept ids the lexicon defines.</summary>
    public IReadOnlySet<string> Concepts => concepts;

    /// <summary>Finds the concepts in a clause, left to right, without overlaps.</summary>
    /// <param name="clause">The clause's words.</param>
    /// <param name="raw">The clause's raw text, for symbol forms.</param>
    public List<ConceptMention> Find(IReadOnlyList<ClauseWord> clause, string raw)
    {
        var found = new List<ConceptMention>();
        for (var i = 0; i < clause.Count;)
        {
            var length = 0;
            string? concept = null;
            foreach (var key in new[] { clause[i].Stem, "\0" + clause[i].Word })
            {
                if (!byFirstStem.TryGetValue(key, out var forms))
                {
                    continue;
                }

                // Forms are sorted longest first: the first match under each key is that key's longest.
                foreach (var form in forms)
                {
                    if (form.Words.Length > length && Matches(clause, i, form.Words, form.Stems))
                    {
                        (concept, length) = (form.Concept, form.Words.Length);
                        break;
                    }
                }
            }

            if (concept is not null)
            {
                found.Add(new ConceptMention(concept, i, length));
            }

            i += Math.Max(1, length);
        }

        foreach (var (concept, symbol) in symbols)
        {
            if (raw.Contains(symbol, StringComparison.Ordinal))
            {
                found.Add(new ConceptMention(concept, clause.Count, 0));
            }
        }

        return found;
    }

    private static bool Matches(IReadOnlyList<ClauseWord> clause, int start, string[] words, string[] stems)
    {
        if (start + words.Length > clause.Count)
        {
            return false;
        }

        for (var j = 0; j < words.Length; j++)
        {
            var word = clause[start + j];
            // "-nya" ("tim pemenangannya") does not change the act.
            if (word.Word != words[j] && word.Stem != stems[j] && !(word.Word.EndsWith("nya", StringComparison.Ordinal) && word.Word.AsSpan(0, word.Word.Length - 3).SequenceEqual(words[j])))
            {
                return false;
            }
        }

        return true;
    }
}
