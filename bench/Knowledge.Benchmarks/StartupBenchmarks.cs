using BenchmarkDotNet.Attributes;

namespace NetralBot.Knowledge.Benchmarks;

/// <summary>Knowledge-base load at start-up: parse, lint, analyze and index the full file.</summary>
[MemoryDiagnoser]
public class StartupBenchmarks
{
    private readonly string markdown = ContentFile.KnowledgeBase();

    [Benchmark]
    public KnowledgeEngine LoadAndIndex() => KnowledgeEngine.FromMarkdown(markdown, "faq-id.md");
}
