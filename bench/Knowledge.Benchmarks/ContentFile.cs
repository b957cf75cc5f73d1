namespace NetralBot.Knowledge.Benchmarks;

internal static class ContentFile
{
    public static string KnowledgeBase() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "content", "faq-id.md"));
}
