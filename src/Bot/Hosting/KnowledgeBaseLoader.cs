using NetralBot.Bot.Common;
using NetralBot.Knowledge;

namespace NetralBot.Bot.Hosting;

/// <summary>Loads the knowledge base from <c>faq-id.md</c> in the content folder.</summary>
internal static class KnowledgeBaseLoader
{
    /// <summary>Reads the file and builds the engine.</summary>
    public static KnowledgeEngine Load(ContentFolder content)
    {
        var path = Path.Combine(content.Path, ContentFiles.KnowledgeBaseFile);
        return KnowledgeEngine.FromMarkdown(File.ReadAllText(path), ContentFiles.KnowledgeBaseFile);
    }
}
