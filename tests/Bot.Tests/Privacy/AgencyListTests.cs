using FuzzySharp;
using FuzzySharp.SimilarityRatio;
using FuzzySharp.SimilarityRatio.Scorer.StrategySensitive;
using NetralBot.Bot.Pledges.Agencies;

namespace NetralBot.Bot.Tests.Privacy;

public sealed class AgencyListTests
{
    private static AgencyList Shipped()
    {
        var list = AgencyListParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "content", "instansi.md")), "instansi.md", out var errors);
        Assert.Empty(errors);
        return list;
    }

    [Theory]
    [InlineData("disdik bjb", "Dinas Pendidikan Kota Banjarbaru")]
    [InlineData("DINAS PENDIDIKAN BANJARBARU", "Dinas Pendidikan Kota Banjarbaru")]
    [InlineData("BKPSDM Kab. Bogor", "BKPSDM Kabupaten Bogor")]
    [InlineData("rsud sk lerik", "RSUD S.K. Lerik Kota Kupang")]
    [InlineData("Kemendagri", "Kementerian Dalam Negeri")]
    [InlineData("kec. cibinong", "Kecamatan Cibinong")]
    public void Listed_spellings_and_abbreviations_match_for_certain(string typed, string canonical)
    {
        var match = Shipped().Match(typed);
        Assert.Equal((nameof(AgencyMatchKind.Certain), canonical), (match.Kind.ToString(), match.Canonical));
    }

    [Theory]
    [InlineData("Dinas Pendidikan Kota Banjarbru", "Dinas Pendidikan Kota Banjarbaru")]
    [InlineData("dinas kesehatan kota banjar baru", "Dinas Kesehatan Kota Banjarbaru")]
    [InlineData("Kecamatan Landasan Uin", "Kecamatan Landasan Ulin")]
    public void Close_spellings_are_offered(string typed, string canonical)
    {
        var match = Shipped().Match(typed);
        Assert.Equal((nameof(AgencyMatchKind.Probable), canonical), (match.Kind.ToString(), match.Canonical));
    }

    [Theory]
    [InlineData("Kantor Urusan Agama Kecamatan Tanjung")]
    [InlineData("Kecamatan Sentani")]
    [InlineData("Dinas Pendidikan Kota Samarinda")]
    [InlineData("Puskesmas")]
    public void Other_agencies_are_unknown_even_when_they_share_words(string typed) =>
        Assert.Equal(nameof(AgencyMatchKind.Unknown), Shipped().Match(typed).Kind.ToString());

    [Theory]
    [InlineData("Instansi Uji")]
    [InlineData("dinas pendidikan banjarbaru kota")]
    [InlineData("Kecamatan Landasan Uin")]
    [InlineData("rsud kupang lerik")]
    [InlineData("kantor camat cibinong")]
    [InlineData("Badan Kepegawaian Daerah")]
    [InlineData("x")]
    public void The_fuzzy_score_is_FuzzySharps_token_sort_ratio_over_every_listed_spelling(string typed)
    {
        // AgencyList sorts the listed spellings' words once; the score and the choice must stay FuzzySharp's own.
        var list = Shipped();
        var key = list.Normalize(typed);
        var expected = Process.ExtractOne(key, list.NormalizedSpellings, s => s, ScorerCache.Get<TokenSortScorer>());

        var match = list.Match(typed);

        Assert.Equal(expected.Score, match.Score);
    }

    [Fact]
    public void Errors_name_the_line()
    {
        const string Text = """
            # Daftar
            - a bullet before any section is an explanation

            ## Singkatan
            - disdik: dinas pendidikan
            - dua kata: salah

            ## Instansi
            - ejaan tanpa instansi
            ### Dinas Pendidikan Kota A
            - disdik kota a
            ### Dinas Pendidikan Kota A
            ### Pendidikan
            - dinas pendidikan kota a

            ## Lain
            """;
        AgencyListParser.Parse(Text, "instansi.md", out var errors);
        Assert.Equal(
            [
                "instansi.md:6: singkatan ditulis \"- singkatan: kata lengkap\" (singkatan satu kata)",
                "instansi.md:9: baris \"- …\" harus berada di bawah \"## Singkatan\" atau di bawah sebuah \"### Nama Instansi\"",
                "instansi.md:12: instansi \"Dinas Pendidikan Kota A\" sudah tercantum di baris 10",
                "instansi.md:16: bagian tidak dikenal; yang ada hanya \"## Singkatan\" dan \"## Instansi\"",
                "instansi.md:13: ejaan \"dinas pendidikan kota a\" juga menunjuk instansi \"Dinas Pendidikan Kota A\"",
            ],
            errors);
    }
}
