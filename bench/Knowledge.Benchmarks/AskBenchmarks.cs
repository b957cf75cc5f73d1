using BenchmarkDotNet.Attributes;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Knowledge.Benchmarks;

/// <summary>One question end to end (normalize → read the situation → retrieve → select → compose) over the full knowledge base.</summary>
[MemoryDiagnoser]
public class AskBenchmarks
{
    private KnowledgeEngine engine = null!;

    // Written for the benchmark; not taken from any evaluation set.
    [Params(
        "Bolehkah ASN berfoto bersama calon bupati?",
        "pak klo sy like postingan paslon di fb gmn?",
        "Minggu lalu ada rapat di kecamatan, terus pak camat minta kami ikut deklarasi calon bupati. Saya PNS, kalau saya datang melanggar gak?",
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
