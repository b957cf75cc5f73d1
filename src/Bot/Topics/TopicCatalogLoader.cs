using NetralBot.Bot.Common;
using NetralBot.Knowledge.Answering;
using NetralBot.Knowledge.Catalog;

namespace NetralBot.Bot.Topics;

/// <summary>Builds the <see cref="TopicCatalog"/> from <c>faq-id.md</c> and (when present) <c>topik.md</c> in the content folder.</summary>
internal static class TopicCatalogLoader
{
    /// <summary>The knowledge base's file, read for the entries' ids and questions.</summary>
    public const string KnowledgeBaseFile = "faq-id.md";

    /// <summary>The catalog; throws <see cref="InvalidDataException"/> with the problems when <c>topik.md</c> is broken.</summary>
    public static TopicCatalog Load(ContentFolder content)
    {
        var (catalog, problems) = Check(content);
        return catalog ?? throw new InvalidDataException(string.Join(Environment.NewLine, problems));
    }

    /// <summary>The catalog or its problems (<c>file:line: message</c>), for start-up checks and <c>kb lint</c>.</summary>
    public static (TopicCatalog? Catalog, IReadOnlyList<string> Problems) Check(ContentFolder content)
    {
        var entries = KnowledgeBaseParser.Parse(File.ReadAllText(Path.Combine(content.Path, KnowledgeBaseFile)), KnowledgeBaseFile).Entries
            .Where(e => e.Id.Length > 0)
            .Select(e => new TopicSuggestion(e.Id, e.Question))
            .ToList();
        var path = Path.Combine(content.Path, TopicCatalog.FileName);
        var markdown = File.Exists(path) ? File.ReadAllText(path) : null;
        return TopicOutlineParser.Parse(markdown, TopicCatalog.FileName, entries);
    }
}
