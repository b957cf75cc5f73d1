using NetralBot.Knowledge.Answering;
using NetralBot.Knowledge.Catalog;

namespace NetralBot.Knowledge.Tests.Catalog;

public class KnowledgeBaseParserTests
{
    private static readonly KnowledgeBase Valid = KnowledgeBaseParser.Parse(SampleFiles.Read("valid.md"), "valid.md");

    [Fact]
    public void Reads_every_entry_with_its_fields()
    {
        Assert.Empty(Valid.Diagnostics);
        Assert.Equal(["mencoblos", "ikut-kampanye"], Valid.Entries.Select(e => e.Id));

        var vote = Valid.Entries[0];
        Assert.Equal("Bolehkah ASN mencoblos?", vote.Question);
        Assert.Equal(Verdict.Boleh, vote.Verdict);
        Assert.Equal(5, vote.Phrasings.Count);
        Assert.Equal("pns boleh nyoblos gak?", vote.Phrasings[0]);
        Assert.Equal(["nyoblos", "hak pilih"], vote.Keywords);
        Assert.Equal(["ikut-kampanye"], vote.Related);
        Assert.Equal(["UU 7/2017 (hak pilih WNI)"], vote.LegalBases);
        Assert.Equal(new DateOnly(2026, 11, 23), vote.CheckedOn);
        Assert.Null(vote.Advice);
        Assert.Null(vote.Sanction);
        Assert.Equal(5, vote.Line);
    }

    [Fact]
    public void Answer_text_is_plain_with_paragraphs_kept()
    {
        Assert.Equal("Boleh. ASN tetap punya hak pilih.\n\nYang dilarang adalah menunjukkan dukungan.", Valid.Entries[0].AnswerText);
    }

    [Fact]
    public void Reads_advice_and_sanction()
    {
        var campaign = Valid.Entries[1];
        Assert.Equal(Verdict.Dilarang, campaign.Verdict);
        Assert.Equal("Ikuti visi-misi lewat media.", campaign.Advice);
        Assert.Equal("Hukuman disiplin sedang.", campaign.Sanction);
    }

    [Fact]
    public void Unknown_verdict_is_an_error_on_its_line()
    {
        var kb = KnowledgeBaseParser.Parse(SampleFiles.Read("unknown-verdict.md"), "kb.md");
        var error = Assert.Single(kb.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(31, error.Line);
        Assert.Contains("MUNGKIN", error.Message);
    }

    [Fact]
    public void Malformed_date_is_an_error()
    {
        var kb = KnowledgeBaseParser.Parse(SampleFiles.Read("bad-date.md"), "kb.md");
        Assert.Equal([11, 33], kb.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Line));
    }

    [Theory]
    [InlineData("")]
    [InlineData("just text, no entries")]
    [InlineData("## \n\n- ID\n\n### Jawaban\n")]
    [InlineData("## q?\n\n- ID: a\n- ID: b\n\n### Jawaban\nx\n### Jawaban\ny\n")]
    public void Broken_input_never_throws(string markdown)
    {
        var kb = KnowledgeBaseLinter.Lint(KnowledgeBaseParser.Parse(markdown, "kb.md"));
        Assert.False(kb.IsValid);
    }
}
