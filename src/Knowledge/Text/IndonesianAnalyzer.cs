namespace NetralBot.Knowledge.Text;

/// <summary>
/// Turns Indonesian text, formal or chatty, into analyzed tokens: normalization, slang expansion, typo
/// correction, synonym phrases, stemming with protected domain terms, and stop words. Immutable and safe
/// for concurrent use.
/// </summary>
public sealed class IndonesianAnalyzer
{
    private readonly SlangDictionary slang;
    private readonly IndonesianStemmer stemmer;
    private readonly IReadOnlySet<string> stopWords;
    private readonly SynonymGroups synonyms;
    private readonly IReadOnlySet<string> knownWords;
    private readonly TypoCorrector? typos;

    private IndonesianAnalyzer(
        SlangDictionary slang,
        IndonesianStemmer stemmer,
        IReadOnlySet<string> stopWords,
        SynonymGroups synonyms,
        IReadOnlySet<string> knownWords,
        TypoCorrector? typos)
    {
        this.slang = slang;
        this.stemmer = stemmer;
        this.stopWords = stopWords;
        this.synonyms = synonyms;
        this.knownWords = knownWords;
        this.typos = typos;
    }

    /// <summary>The stemmer, for callers that need roots alone.</summary>
    internal IndonesianStemmer Stemmer => stemmer;

    /// <summary>Creates the analyzer with the word lists the project ships (embedded resources).</summary>
    public static IndonesianAnalyzer CreateDefault() => Default.Value;

    /// <summary>Creates an analyzer from explicit word lists (tests, or an admin's own lists).</summary>
    internal static IndonesianAnalyzer Create(
        IEnumerable<string> roots,
        IEnumerable<string> slangLines,
        IEnumerable<string> stopWords,
        IEnumerable<string> synonymLines)
    {
        var rootSet = new HashSet<string>(roots, StringComparer.Ordinal);
        var slang = new SlangDictionary(slangLines);
        var stops = new HashSet<string>(stopWords, StringComparer.Ordinal);
        var synonyms = new SynonymGroups(synonymLines);
        var known = new HashSet<string>(rootSet, StringComparer.Ordinal);
        known.UnionWith(slang.InformalWords);
        known.UnionWith(slang.FormalWords);
        known.UnionWith(stops);
        known.UnionWith(synonyms.Words);
        return new IndonesianAnalyzer(slang, new IndonesianStemmer(rootSet), stops, synonyms, known, null);
    }

    /// <summary>
    /// Returns an analyzer that also corrects typos towards the given words (the knowledge base's vocabulary).
    /// Only words that are unknown everywhere are corrected, so a real word is never bent into a KB word.
    /// </summary>
    internal IndonesianAnalyzer WithVocabulary(IEnumerable<string> words)
    {
        var vocabulary = words.ToList();
        var known = new HashSet<string>(knownWords, StringComparer.Ordinal);
        known.UnionWith(vocabulary);
        return new IndonesianAnalyzer(slang, stemmer, stopWords, synonyms, known, new TypoCorrector(vocabulary.Concat(synonyms.Words)));
    }

    /// <summary>The same analyzer without typo correction, for word lists that must be read as written.</summary>
    internal IndonesianAnalyzer WithoutTypoCorrection() => typos is null ? this : new(slang, stemmer, stopWords, synonyms, knownWords, null);

    /// <summary>True for a normalized function word (see <c>Text/Data/stopwords.txt</c>).</summary>
    internal bool IsStopWord(string word) => stopWords.Contains(word);

    /// <summary>Normalizes text: NFKC, lower case, repeated letters squeezed, slang and abbreviations expanded.</summary>
    internal string Normalize(string text) => string.Join(' ', Words(text));

    /// <summary>Analyzes text into tokens, in order.</summary>
    internal IReadOnlyList<AnalyzedToken> Analyze(string text)
    {
        var words = Words(text);
        var tokens = new List<AnalyzedToken>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var phraseLength = synonyms.PhraseLengthAt(words, i);
            if (phraseLength > 1)
            {
                var phrase = string.Join(' ', words.Skip(i).Take(phraseLength));
                var concept = synonyms.ConceptOf(phrase)!;
                tokens.Add(new AnalyzedToken(phrase, concept, concept, false, tokens.Count));
                i += phraseLength - 1;
                continue;
            }

            var word = words[i];
            var stem = stemmer.Stem(word);
            tokens.Add(new AnalyzedToken(
                word,
                stem,
                synonyms.ConceptOf(word) ?? synonyms.ConceptOf(stem) ?? stem,
                stopWords.Contains(word),
                tokens.Count));
        }

        return tokens;
    }

    /// <summary>Normalized words with slang expanded and typos corrected.</summary>
    private List<string> Words(string text)
    {
        var result = new List<string>();
        foreach (var raw in TextNormalizer.Words(text))
        {
            var word = knownWords.Contains(raw) ? raw : TextNormalizer.Squeeze(raw);
            if (typos is not null && !knownWords.Contains(word) && stemmer.TryStem(word) is null && typos.Correct(word) is { } corrected)
            {
                word = corrected;
            }

            if (result.Count > 0 && slang.ExpandPair(result[^1], word) is { } pair)
            {
                result.RemoveAt(result.Count - 1);
                result.AddRange(pair);
            }
            else if (slang.Expand(word) is { } expanded)
            {
                result.AddRange(expanded);
            }
            else
            {
                result.Add(word);
            }
        }

        return result;
    }

    private static readonly Lazy<IndonesianAnalyzer> Default = new(() => Create(
        LexiconResource.Lines("roots.txt"),
        LexiconResource.Lines("slang.txt").Concat(LexiconResource.Lines("regional.txt")),
        LexiconResource.Lines("stopwords.txt"),
        LexiconResource.Lines("synonyms.txt")));
}
