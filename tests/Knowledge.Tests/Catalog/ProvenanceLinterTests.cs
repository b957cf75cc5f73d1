using NetralBot.Knowledge.Answering;
using NetralBot.Knowledge.Catalog;

namespace NetralBot.Knowledge.Tests.Catalog;

/// <summary>The provenance rules: "Sumber" is read and shown, stale entries warn, revoked regulations fail.</summary>
public class ProvenanceLinterTests
{
    private static readonly DateOnly Checked = new(2026, 11, 23);

    private static readonly IReadOnlyList<RevokedRegulation> Revoked =
        RevokedRegulations.Parse("# Dicabut\n\n- UU 5/2014 — dicabut UU 20/2023 (31 Oktober 2023)\n", "dicabut.md").Regulations;

    private static string WithSources(string markdown) => markdown
        .Replace("- Diperiksa: 2026-11-23\n", "- Diperiksa: 2026-11-23\n- Sumber: S120, https://www.bkn.go.id\n", StringComparison.Ordinal);

    private static KnowledgeBase Lint(string markdown, DateOnly today) =>
        ProvenanceLinter.Lint(KnowledgeBaseLinter.Lint(KnowledgeBaseParser.Parse(markdown, "kb.md")), today, Revoked);

    [Fact]
    public void Sources_are_read_as_a_list_and_shown_in_the_full_answer()
    {
        var markdown = WithSources(SampleFiles.Read("valid.md"));
        var kb = KnowledgeBaseParser.Parse(markdown, "kb.md");

        Assert.Empty(kb.Diagnostics);
        Assert.Equal(["S120", "https://www.bkn.go.id"], kb.Entries[0].Sources);
        var answer = KnowledgeEngine.FromMarkdown(markdown, "kb.md").AnswerTopic("mencoblos")!;
        Assert.Contains("Sumber: S120, https://www.bkn.go.id", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sumber:", KnowledgeEngine.FromMarkdown(SampleFiles.Read("valid.md"), "kb.md").AnswerTopic("mencoblos")!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_current_entry_with_sources_and_no_revoked_basis_is_clean()
    {
        var kb = Lint(WithSources(SampleFiles.Read("valid.md")), Checked.AddMonths(12));
        Assert.Empty(kb.Diagnostics);
    }

    [Fact]
    public void An_entry_checked_more_than_twelve_months_before_today_gets_a_warning()
    {
        var markdown = WithSources(SampleFiles.Read("valid.md"));

        Assert.DoesNotContain(Lint(markdown, Checked.AddMonths(12)).Diagnostics, d => d.Message.Contains("bulan lalu"));
        var stale = Lint(markdown, Checked.AddMonths(12).AddDays(1));

        Assert.True(stale.IsValid); // a warning: the entry still answers
        Assert.Equal(2, stale.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("lebih dari 12 bulan lalu")));
        Assert.Contains(stale.Diagnostics, d => d.Line == 5 && d.Message.Contains("\"mencoblos\" terakhir diperiksa 2026-11-23"));
    }

    [Fact]
    public void An_entry_without_sources_gets_a_warning()
    {
        var kb = Lint(SampleFiles.Read("valid.md"), Checked);
        Assert.True(kb.IsValid);
        Assert.Equal(2, kb.Diagnostics.Count(d => d.Message.Contains("tanpa sumber")));
    }

    [Theory]
    [InlineData("- UU 5/2014 Pasal 2 huruf f")]
    [InlineData("- UU No. 5 Tahun 2014 tentang ASN")]
    [InlineData("- Undang-Undang Nomor 5 Tahun 2014 Pasal 87 ayat (4) huruf c")]
    public void A_basis_citing_a_revoked_regulation_without_saying_so_fails(string basis)
    {
        var markdown = WithSources(SampleFiles.Read("valid.md")).Replace("- UU 7/2017 (hak pilih WNI)", "- UU 7/2017 (hak pilih WNI)\n" + basis, StringComparison.Ordinal);

        var kb = Lint(markdown, Checked);

        Assert.False(kb.IsValid);
        var error = Assert.Single(kb.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(5, error.Line);
        Assert.Contains("mengutip UU 5/2014, yang sudah dicabut", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- UU 5/2014 Pasal 87 ayat (4) huruf c (historis, sudah dicabut UU 20/2023)")]
    [InlineData("- UU 5/2014 (tidak berlaku lagi sejak 31 Oktober 2023)")]
    [InlineData("- UU 15/2014 tentang hal lain")]
    public void A_basis_that_marks_the_revocation_or_cites_another_regulation_passes(string basis)
    {
        var markdown = WithSources(SampleFiles.Read("valid.md")).Replace("- UU 7/2017 (hak pilih WNI)", "- UU 7/2017 (hak pilih WNI)\n" + basis, StringComparison.Ordinal);

        Assert.True(Lint(markdown, Checked).IsValid);
    }

    [Fact]
    public void The_revoked_list_reads_its_bullets_and_rejects_lines_without_a_regulation()
    {
        var (regulations, diagnostics) = RevokedRegulations.Parse("# Judul\n\nPengantar.\n\n- UU 5/2014 — dicabut UU 20/2023\n- PP No. 53 Tahun 2010: diganti PP 94/2021\n- dicabut semua\n", "dicabut.md");

        Assert.Equal(["UU 5/2014", "PP 53/2010"], regulations.Select(r => r.Citation));
        Assert.Equal("dicabut UU 20/2023", regulations[0].Note);
        Assert.Equal(5, regulations[0].Line);
        var error = Assert.Single(diagnostics);
        Assert.Equal(7, error.Line);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
    }

    [Fact]
    public void The_shipped_knowledge_base_has_sources_on_every_entry_and_cites_no_revoked_regulation_as_current()
    {
        var content = Search.ShippedKnowledgeBase.Path();
        var revoked = RevokedRegulations.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(content)!, "peraturan-dicabut.md")), "peraturan-dicabut.md");
        Assert.Empty(revoked.Diagnostics);
        Assert.Contains(revoked.Regulations, r => r.Citation == "UU 5/2014");

        var kb = ProvenanceLinter.Lint(KnowledgeBaseParser.Parse(File.ReadAllText(content), "faq-id.md"), Checked, revoked.Regulations);

        Assert.Empty(kb.Diagnostics);
        Assert.All(kb.Entries, e => Assert.NotEmpty(e.Sources));
        Assert.Equal(Verdict.Info, kb.Entries.Single(e => e.Id == "netralitas-pengertian").Verdict);
    }
}
