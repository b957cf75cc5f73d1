namespace NetralBot.Knowledge.Search;

/// <summary>
/// The ranking parameters. Questions weigh most: users ask the way the phrasings are written, not the way
/// answers are. The defaults were chosen with <c>kb selfcheck</c> (held-out phrasings of the knowledge base itself).
/// </summary>
/// <param name="Questions">Weight of the main question and alternate phrasings.</param>
/// <param name="Keywords">Weight of the admin's keywords.</param>
/// <param name="Body">Weight of the answer, advice, sanction and legal basis.</param>
/// <param name="K1">BM25 term-frequency saturation.</param>
/// <param name="B">BM25 length normalization.</param>
/// <param name="Phrase">Weight of a phrase term (two neighbouring words) relative to a single word.</param>
/// <param name="NearestPhrasing">Weight of the nearest-phrasing similarity in the ranking score.</param>
/// <param name="UnknownWordFrequency">
/// The document frequency assumed for a word the knowledge base never uses: such a word is usually a detail of
/// the user's situation ("tetangga", "lewat"), so it lowers coverage like a rare word, not like the rarest one.
/// </param>
public sealed record FieldWeights(
    double Questions = 1.0,
    double Keywords = 0.8,
    double Body = 0.3,
    double K1 = 1.5,
    double B = 0.6,
    double Phrase = 0.3,
    double NearestPhrasing = 0.5,
    int UnknownWordFrequency = 3)
{
    /// <summary>The parameters the bot uses.</summary>
    public static FieldWeights Default { get; } = new();
}
