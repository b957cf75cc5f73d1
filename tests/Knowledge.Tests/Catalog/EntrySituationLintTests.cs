using NetralBot.Knowledge.Catalog;
using NetralBot.Knowledge.Tests.Search;

namespace NetralBot.Knowledge.Tests.Catalog;

/// <summary>The situation lines of an entry and the check that a verdict agrees with its own answer text.</summary>
public class EntrySituationLintTests
{
    private static KnowledgeBase Lint(string markdown) =>
        KnowledgeBaseLinter.Lint(KnowledgeBaseParser.Parse(markdown, "kb.md"));

    [Fact]
    public void Situation_lines_are_parsed_after_the_related_line()
    {
        var markdown = SampleFiles.Read("valid.md").Replace(
            "- Terkait: mencoblos",
            "- Terkait: mencoblos\n- Pelaku: asn, Honorer\n- Perbuatan: kampanye, atribut\n- Syarat: masa-kampanye\n- Maksud: sanksi");
        var kb = Lint(markdown);

        Assert.True(kb.IsValid);
        Assert.Empty(kb.Diagnostics);
        var situation = kb.Entries[1].Situation;
        Assert.Equal(["asn", "honorer"], situation.Actors);
        Assert.Equal(["kampanye", "atribut"], situation.Acts);
        Assert.Equal(["masa-kampanye"], situation.Conditions);
        Assert.Equal("sanksi", situation.Intent);
        Assert.Empty(kb.Entries[0].Situation.Acts);
        Assert.Null(kb.Entries[0].Situation.Intent);
    }

    [Fact]
    public void Unknown_situation_ids_are_warned_about_with_the_known_ones()
    {
        var markdown = SampleFiles.Read("valid.md").Replace("- Terkait: mencoblos", "- Terkait: mencoblos\n- Pelaku: lurah\n- Perbuatan: joget");
        var kb = Lint(markdown);

        Assert.True(kb.IsValid);
        Assert.Contains(kb.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("Pelaku \"lurah\" tidak dikenal") && d.Message.Contains("kepala-desa"));
        Assert.Contains(kb.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("Perbuatan \"joget\" tidak dikenal"));
    }

    [Theory]
    [InlineData("BOLEH", "Tidak boleh. ASN dilarang ikut kampanye.", "dibuka dengan larangan")]
    [InlineData("BOLEH", "Boleh dengan syarat: tanpa atribut.", "pakai BERSYARAT")]
    [InlineData("BERSYARAT", "Dilarang. Jangan hadir.", "dibuka dengan larangan")]
    [InlineData("DILARANG", "Boleh, asalkan tidak berpose.", "dibuka dengan \"boleh\"")]
    public void A_verdict_that_contradicts_its_own_answer_is_an_error(string verdict, string answer, string message)
    {
        var markdown = SampleFiles.Read("valid.md")
            .Replace("- Putusan: BOLEH", $"- Putusan: {verdict}")
            .Replace("**Boleh.** ASN tetap punya hak pilih.", answer);
        if (verdict != "BOLEH")
        {
            markdown = markdown.Replace("### Dasar hukum", "### Sebaiknya\nTetap netral.\n\n### Dasar hukum");
        }

        var kb = Lint(markdown);
        Assert.Contains(kb.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains(message));
    }

    [Fact]
    public void Every_shipped_entry_opens_with_words_that_agree_with_its_verdict()
    {
        var entries = ShippedKnowledgeBase.Engine.Value.Entries;
        Assert.All(entries, e => Assert.Null(VerdictWording.Contradiction(e.Verdict, e.AnswerText)));
    }

    [Fact]
    public void Every_shipped_entry_that_rules_on_an_act_names_its_acts()
    {
        var entries = ShippedKnowledgeBase.Engine.Value.Entries;
        Assert.All(
            entries.Where(e => e.Verdict != Knowledge.Answering.Verdict.Info),
            e => Assert.NotEmpty(e.Situation.Acts));
    }
}
