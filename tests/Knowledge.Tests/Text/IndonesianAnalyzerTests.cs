using NetralBot.Knowledge.Text;

namespace NetralBot.Knowledge.Tests.Text;

public class IndonesianAnalyzerTests
{
    private static readonly IndonesianAnalyzer Analyzer = IndonesianAnalyzer.CreateDefault();

    [Theory]
    [InlineData("BOLEH GAK?!", "boleh tidak")]
    [InlineData("bolehhh gk sih 🤔🙏", "boleh tidak sih")]
    [InlineData("klo sy dtg gmn", "kalau saya datang bagaimana")]
    [InlineData("ibu2 pkk", "ibu ibu pkk")]
    [InlineData("ikut yel-yel", "ikut yel yel")]
    [InlineData("di-share ke grup", "share ke grup")]
    [InlineData("nge-like postingan", "like postingan")]
    [InlineData("Jum'at   depan", "jumat depan")]
    [InlineData("ＡＳＮ", "asn")]
    [InlineData("", "")]
    [InlineData("   \t", "")]
    public void Normalizes_chat_text(string text, string expected) => Assert.Equal(expected, Analyzer.Normalize(text));

    [Theory]
    [InlineData("tidak")]
    [InlineData("boleh")]
    [InlineData("harus")]
    [InlineData("bisa")]
    [InlineData("sebelum")]
    [InlineData("tanpa")]
    [InlineData("kapan")]
    public void Verdict_words_are_never_stop_words(string word) =>
        Assert.False(Assert.Single(Analyzer.Analyze(word)).IsStopWord);

    [Theory]
    [InlineData("yang")]
    [InlineData("apakah")]
    [InlineData("dengan")]
    public void Function_words_are_stop_words(string word) =>
        Assert.True(Assert.Single(Analyzer.Analyze(word)).IsStopWord);

    [Theory]
    [InlineData("selfie", "berfoto")]
    [InlineData("swafoto", "foto")]
    [InlineData("paslon", "kandidat")]
    [InlineData("caleg", "calon")]
    [InlineData("repost", "bagikan")]
    [InlineData("amplop", "uang")]
    public void Synonyms_share_a_concept(string a, string b) =>
        Assert.Equal(Concept(b), Concept(a));

    [Theory]
    [InlineData("foto", "unggah")]
    [InlineData("like", "share")]
    [InlineData("mencoblos", "mengajak")]
    [InlineData("hadir", "kampanye")]
    public void Words_that_change_a_verdict_stay_apart(string a, string b) =>
        Assert.NotEqual(Concept(b), Concept(a));

    [Fact]
    public void Multi_word_phrase_becomes_one_concept()
    {
        var tokens = Analyzer.Analyze("posting di media sosial");
        Assert.Contains(tokens, t => t.Concept == Concept("medsos"));
        Assert.DoesNotContain(tokens, t => t.Word == "sosial");
    }

    [Fact]
    public void Typos_are_corrected_towards_the_vocabulary_only_for_unknown_words()
    {
        var analyzer = Analyzer.WithVocabulary(["kampanye", "postingan", "baliho"]);
        Assert.Equal("kampanye", analyzer.Analyze("kampnye").Single().Word);
        Assert.Equal("baliho", analyzer.Analyze("balihoo").Single().Word);
        // A real word stays itself even when it is one edit from a vocabulary word.
        Assert.Equal("kamp", analyzer.Analyze("kamp").Single().Word);
    }

    [Fact]
    public void Positions_follow_the_tokens()
    {
        var tokens = Analyzer.Analyze("boleh gk pns foto sama calon");
        Assert.Equal(Enumerable.Range(0, tokens.Count), tokens.Select(t => t.Position));
    }

    [Fact]
    public void Huge_input_is_cut_not_fatal()
    {
        var huge = string.Concat(Enumerable.Repeat("kampanye ", 12_000));
        var tokens = Analyzer.Analyze(huge);
        Assert.InRange(tokens.Count, 1, 2000);
    }

    private static string Concept(string word) => Analyzer.Analyze(word).Single().Concept;
}
