using NetralBot.Knowledge.Catalog;

namespace NetralBot.Knowledge.Tests.Catalog;

public class KnowledgeBaseLinterTests
{
    private static KnowledgeBase Lint(string sample) =>
        KnowledgeBaseLinter.Lint(KnowledgeBaseParser.Parse(SampleFiles.Read(sample), sample));

    [Fact]
    public void Valid_sample_is_clean()
    {
        var kb = Lint("valid.md");
        Assert.True(kb.IsValid);
        Assert.Empty(kb.Diagnostics);
    }

    [Theory]
    [InlineData("duplicate-id.md", 28, "sudah dipakai")]
    [InlineData("missing-verdict.md", 28, "tanpa putusan")]
    [InlineData("missing-answer.md", 28, "tanpa jawaban")]
    [InlineData("missing-basis.md", 28, "tanpa dasar hukum")]
    [InlineData("unknown-related.md", 5, "\"tidak-ada\" yang tidak ada")]
    [InlineData("duplicate-phrasing.md", 28, "juga ada di entri \"mencoblos\"")]
    [InlineData("missing-advice.md", 28, "Sebaiknya")]
    [InlineData("too-few-phrasings.md", 28, "paling sedikit 5")]
    public void Each_broken_sample_gives_its_error_at_the_entry(string sample, int line, string message)
    {
        var kb = Lint(sample);

        Assert.False(kb.IsValid);
        var error = Assert.Single(kb.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains(message));
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"{sample}:{line}: error: ", error.ToString());
    }

    [Fact]
    public void Phrasings_that_differ_only_in_case_and_punctuation_are_duplicates()
    {
        var markdown = SampleFiles.Read("valid.md").Replace("- boleh jadi jurkam?", "- PNS boleh  nyoblos, gak?!");
        var kb = KnowledgeBaseLinter.Lint(KnowledgeBaseParser.Parse(markdown, "kb.md"));
        Assert.Contains(kb.Diagnostics, d => d.Message.Contains("juga ada di entri"));
    }
}
