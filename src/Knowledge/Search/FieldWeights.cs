namespace NetralBot.Knowledge.Search;

/// <summary>The ranking parameters. Questions weigh most: users ask the way the phrasings are written, not the way answers are.</summary>
internal static class FieldWeights
{
    public const double Questions = 1.0;
    public const double Keywords = 0.8;
    public const double Body = 0.15;

    /// <summary>BM25 term-frequency saturation.</summary>
    public const double K1 = 1.2;

    /// <summary>BM25 length normalization.</summary>
    public const double B = 0.6;

    /// <summary>Weight of a phrase term relative to a single word.</summary>
    public const double Phrase = 0.7;

    /// <summary>Weight of the nearest-phrasing similarity in the ranking score.</summary>
    public const double NearestPhrasing = 0.8;
}
