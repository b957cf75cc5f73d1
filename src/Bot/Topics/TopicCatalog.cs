namespace NetralBot.Bot.Topics;

/// <summary>The knowledge base's sections for browsing (<c>content/topik.md</c>); every entry is in exactly one.</summary>
internal sealed class TopicCatalog(IReadOnlyList<TopicSection> sections)
{
    /// <summary>The content file.</summary>
    public const string FileName = "topik.md";

    /// <summary>A section title fits a WhatsApp list row (24 characters) without being cut.</summary>
    public const int MaxTitleLength = 24;

    /// <summary>A WhatsApp list holds 10 rows, so all sections fit in one list.</summary>
    public const int MaxSections = 10;

    /// <summary>The title of the section that collects entries not listed in the file.</summary>
    public const string OtherTitle = "Lainnya";

    /// <summary>The sections, in the order shown.</summary>
    public IReadOnlyList<TopicSection> Sections { get; } = sections;

    /// <summary>The section with <paramref name="key"/>, or null.</summary>
    public TopicSection? Find(string key) => Sections.FirstOrDefault(s => s.Key == key);
}
