using NetralBot.Knowledge.Text;

namespace NetralBot.Knowledge.Answering;

/// <summary>
/// Decides whether a question is about elections, politics or neutrality at all. NetralBot answers only there:
/// a question about leave, salary or the weather shares words with the knowledge base ("cuti", "PNS", "kapan")
/// but must get TIDAK_TAHU, never the nearest-looking verdict.
/// </summary>
internal sealed class ElectionScope
{
    private readonly IReadOnlySet<string> words;

    /// <summary>Creates the scope from words and concepts (see <c>Answering/Data/election-words.txt</c>).</summary>
    public ElectionScope(IEnumerable<string> words) => this.words = new HashSet<string>(words, StringComparer.Ordinal);

    /// <summary>The scope the project ships.</summary>
    public static ElectionScope Default { get; } = new(LexiconResource.Lines("election-words.txt", "Answering"));

    /// <summary>True when any token's word, stem or concept is an election word.</summary>
    public bool Covers(IReadOnlyList<AnalyzedToken> tokens) =>
        tokens.Any(t => words.Contains(t.Concept) || words.Contains(t.Stem) || words.Contains(t.Word));
}
