namespace NetralBot.Knowledge.Text;

/// <summary>
/// Turns Indonesian text, formal or chatty, into analyzed tokens: normalization, slang expansion,
/// stemming with protected domain terms, stop words and synonym groups.
/// </summary>
public sealed class IndonesianAnalyzer
{
    /// <summary>Creates the analyzer with the dictionaries the project ships (embedded resources).</summary>
    public static IndonesianAnalyzer CreateDefault() => throw new NotImplementedException();

    /// <summary>Normalizes text: NFKC, lower case, repeated letters squeezed, slang and abbreviations expanded.</summary>
    public string Normalize(string text) => throw new NotImplementedException();

    /// <summary>Analyzes text into tokens, in order.</summary>
    public IReadOnlyList<AnalyzedToken> Analyze(string text) => throw new NotImplementedException();
}
