namespace NetralBot.Knowledge.Catalog;

/// <summary>The section headings and data keys of an entry, as admins write them.</summary>
internal static class KnowledgeBaseSections
{
    public const string Phrasings = "pertanyaan lain";
    public const string Answer = "jawaban";
    public const string Advice = "sebaiknya";
    public const string LegalBasis = "dasar hukum";
    public const string Sanction = "sanksi";

    public static readonly IReadOnlySet<string> MetadataKeys =
        new HashSet<string>(StringComparer.Ordinal) { "id", "putusan", "kata kunci", "terkait", "pelaku", "perbuatan", "syarat", "maksud", "diperiksa", "sumber" };

    /// <summary>The data keys as admins write them, for messages.</summary>
    public const string MetadataKeyList = "ID, Putusan, Kata kunci, Terkait, Pelaku, Perbuatan, Syarat, Maksud, Diperiksa, Sumber";

    private static readonly string[] Known = [Phrasings, Answer, Advice, LegalBasis, Sanction];

    public static string KnownList => string.Join(", ", Known);

    /// <summary>The canonical section name for a heading ("Dasar Hukum" → "dasar hukum"), or null when unknown.</summary>
    public static string? Canonical(string heading)
    {
        var key = heading.Trim().TrimEnd(':').Trim().ToLowerInvariant();
        return Array.IndexOf(Known, key) >= 0 ? key : null;
    }
}
