using System.Text.Json;
using NetralBot.Bot.Cli;
using NetralBot.Bot.Feedback;

namespace NetralBot.Bot.Tests.Cli;

/// <summary><c>kb lint</c> with the provenance rules (today from the clock, revoked list beside the file) and <c>kb export</c>'s sources.</summary>
public sealed class KbLintCommandTests : IDisposable
{
    private const string Entry = """
        # Uji

        ## Bolehkah ASN mencoblos?

        - ID: mencoblos
        - Putusan: BOLEH
        - Diperiksa: 2026-11-23
        - Sumber: S120, S176

        ### Pertanyaan lain
        - pns boleh nyoblos gak?
        - Apakah PPPK boleh memilih di TPS?
        - honorer boleh nyoblos kan?
        - ASN punya hak pilih tidak?
        - Boleh ikut pemungutan suara?

        ### Jawaban
        Boleh.

        ### Dasar hukum
        - UU 7/2017 (hak pilih WNI)

        """;

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("nb-kb-");

    public void Dispose() => _dir.Delete(recursive: true);

    private FileInfo Write(string knowledgeBase, string? revoked = "- UU 5/2014 — dicabut UU 20/2023\n")
    {
        var file = new FileInfo(Path.Combine(_dir.FullName, "faq-id.md"));
        File.WriteAllText(file.FullName, knowledgeBase);
        if (revoked is not null)
        {
            File.WriteAllText(Path.Combine(_dir.FullName, "peraturan-dicabut.md"), revoked);
        }

        return file;
    }

    private static (int Code, string Output) Lint(FileInfo file, DateTimeOffset now)
    {
        var output = new StringWriter();
        var code = KbCommand.Lint(file, output, new StringWriter(), new FixedClock(now));
        return (code, output.ToString());
    }

    [Fact]
    public void A_topic_list_beside_the_file_naming_an_entry_that_is_gone_fails_the_lint()
    {
        var file = Write(Entry);
        File.WriteAllText(Path.Combine(_dir.FullName, "topik.md"), "## Memilih\n- mencoblos\n");
        Assert.Equal(0, Lint(file, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)).Code);

        File.WriteAllText(Path.Combine(_dir.FullName, "topik.md"), "## Memilih\n- mencoblos\n- coblos-dua-kali\n");
        var (code, output) = Lint(file, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, code);
        Assert.Contains("topik.md:3: \"coblos-dua-kali\" bukan ID entri faq-id.md", output);
    }

    [Fact]
    public void An_entry_checked_over_a_year_before_the_clocks_date_warns_but_passes()
    {
        var file = Write(Entry);

        Assert.Equal((0, string.Empty), Lint(file, new DateTimeOffset(2027, 11, 22, 12, 0, 0, TimeSpan.Zero)));
        var (code, output) = Lint(file, new DateTimeOffset(2027, 11, 24, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(0, code);
        Assert.Contains("warning: entri \"mencoblos\" terakhir diperiksa 2026-11-23, lebih dari 12 bulan lalu", output);
    }

    [Fact]
    public void A_basis_citing_a_regulation_listed_as_revoked_fails_the_lint()
    {
        var file = Write(Entry.Replace("- UU 7/2017 (hak pilih WNI)", "- UU 7/2017 (hak pilih WNI)\n- UU 5/2014 Pasal 2 huruf f", StringComparison.Ordinal));

        var (code, output) = Lint(file, new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(1, code);
        Assert.Contains("error: entri \"mencoblos\": dasar hukum \"UU 5/2014 Pasal 2 huruf f\" mengutip UU 5/2014, yang sudah dicabut", output);

        // Without the list beside the file nothing is marked revoked.
        File.Delete(Path.Combine(_dir.FullName, "peraturan-dicabut.md"));
        Assert.Equal(0, Lint(file, new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero)).Code);
    }

    [Fact]
    public void A_malformed_revoked_list_is_reported_with_its_own_file_and_line()
    {
        var file = Write(Entry, "# Dicabut\n\n- peraturan lama\n");

        var (code, output) = Lint(file, new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(1, code);
        Assert.Contains("peraturan-dicabut.md:3: error:", output);
    }

    [Fact]
    public void Export_lists_the_sources_of_each_entry()
    {
        var file = Write(Entry);
        var output = new StringWriter();

        Assert.Equal(0, KbCommand.Export(file, [], output, new StringWriter()));

        using var json = JsonDocument.Parse(output.ToString());
        var sources = json.RootElement[0].GetProperty("sources").EnumerateArray().Select(s => s.GetString());
        Assert.Equal(["S120", "S176"], sources);
    }

    [Fact]
    public void Export_lists_the_phrasings_attached_on_the_dashboard_apart_until_they_are_copied_into_the_file_and_names_orphans()
    {
        var file = Write(Entry);
        var at = new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);
        StoredPhrasing[] stored =
        [
            new("mencoblos", "asn boleh nyoblos di tps luar kota?", "telegram:900", at),
            new("mencoblos", "PNS boleh nyoblos gak?", "telegram:900", at), // already in the file (another case)
            new("dihapus", "entri ini sudah tidak ada", "telegram:900", at),
        ];
        var output = new StringWriter();
        var errors = new StringWriter();

        Assert.Equal(0, KbCommand.Export(file, stored, output, errors));

        using var json = JsonDocument.Parse(output.ToString());
        var entry = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(["asn boleh nyoblos di tps luar kota?"], entry.GetProperty("phrasingsFromDatabase").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(5, entry.GetProperty("phrasings").GetArrayLength());
        Assert.Contains("\"dihapus\"", errors.ToString(), StringComparison.Ordinal);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
