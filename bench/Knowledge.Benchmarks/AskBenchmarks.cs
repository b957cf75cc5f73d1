using BenchmarkDotNet.Attributes;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Knowledge.Benchmarks;

/// <summary>One question end to end (normalize → retrieve → compose) over the full knowledge base.</summary>
[MemoryDiagnoser]
public class AskBenchmarks
{
    private KnowledgeEngine engine = null!;

    // Written for the benchmark; not taken from any evaluation set.
    [Params(
        "Bolehkah ASN berfoto bersama calon bupati?",
        "pak klo sy like postingan paslon di fb gmn?",
        "harga cabai di pasar minggu ini berapa ya")]
    public string Question { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        engine = KnowledgeEngine.FromMarkdown(ContentFile.KnowledgeBase(), "faq-id.md");
    }

    [Benchmark]
    public Answer Ask() => engine.Ask(Question);
}
