namespace NetralBot.Knowledge.Tests.Search;

/// <summary>The knowledge base the project ships, found by walking up from the test assembly to <c>content/</c>.</summary>
internal static class ShippedKnowledgeBase
{
    public static readonly Lazy<KnowledgeEngine> Engine = new(() => KnowledgeEngine.FromMarkdown(File.ReadAllText(Path()), "content/faq-id.md"));

    public static string Path()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "content", "faq-id.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("content/faq-id.md not found above " + AppContext.BaseDirectory);
    }

    public static string Directory() => System.IO.Path.GetDirectoryName(Path())!;
}
