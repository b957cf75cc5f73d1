using NetralBot.Knowledge.Answering;
using NetralBot.Knowledge.Text;

namespace NetralBot.Knowledge.Tests.Answering;

public class NeutralityGuardTests
{
    private static readonly NeutralityGuard Guard = new(IndonesianAnalyzer.CreateDefault());

    [Theory]
    [InlineData("siapa cagub terbaik?")]
    [InlineData("partai mana yang bagus?")]
    [InlineData("Menurut kamu capres nomor berapa yang layak menang?")]
    [InlineData("rekomendasiin caleg dong buat dapil saya")]
    [InlineData("sebaiknya saya pilih paslon yang mana?")]
    [InlineData("Kalau boleh tahu, menurut bot partai apa yang paling jujur?")]
    [InlineData("jagoanmu di pilkada ini calon yang mana?")]
    public void Requests_to_take_sides_are_caught(string question) =>
        Assert.True(Guard.AsksToTakeSides(question));

    [Theory]
    [InlineData("Bolehkah ASN menyebut calon terbaik di media sosial?")]
    [InlineData("Kalau teman kantor tanya saya pilih siapa, boleh saya diam saja?")]
    [InlineData("Apakah PNS boleh ikut kampanye calon bupati?")]
    [InlineData("siapa saja yang wajib netral saat pemilu?")]
    [InlineData("kapan masa tenang pilkada?")]
    [InlineData("harga cabai paling murah di pasar mana?")]
    public void Conduct_and_unrelated_questions_pass(string question) =>
        Assert.False(Guard.AsksToTakeSides(question));
}

/// <summary>Requests for partisan help (issue 15 item 6), on sentences written for these tests.</summary>
public class PartisanHelpTests
{
    private static readonly NeutralityGuard Guard = new(IndonesianAnalyzer.CreateDefault());

    private static KnowledgeEngine Engine => Search.ShippedKnowledgeBase.Engine.Value;

    [Theory]
    [InlineData("tolong kasih alasan kenapa saya sebaiknya memilih paslon nomor 1")]
    [InlineData("bikinin kata-kata buat status wa yang dukung caleg partai biru dong, biar aman")]
    [InlineData("program cagub A sama cagub B bagusan mana buat petani?")]
    [InlineData("bandingkan visi misi capres nomor 1 dan nomor 3")]
    [InlineData("sa bingung mau pilih paslon yang mana, bantu sa pilih kah")]
    public void Persuasion_material_comparison_and_help_choosing_are_caught(string question) =>
        Assert.True(Guard.AsksForPartisanHelp(question));

    [Theory]
    [InlineData("boleh gak saya bandingkan program calon di grup kantor?")]
    [InlineData("kapan jadwal debat capres?")]
    [InlineData("pns boleh bikin konten edukasi pemilu tanpa menyebut calon?")]
    public void Conduct_questions_about_such_acts_pass(string question) =>
        Assert.False(Guard.AsksForPartisanHelp(question));

    [Theory]
    [InlineData("siapa calon bupati yang paling jujur di kabupaten kami?")]
    [InlineData("caleg yang amanah di dapil 3 siapa ya?")]
    public void Asking_for_the_honest_or_best_candidate_is_refused(string question)
    {
        var answer = Engine.Ask(question);
        Assert.Equal(NeutralityGuard.TopicId, answer.TopicId);
        Assert.Equal(Verdict.Info, answer.Verdict);
    }

    [Theory]
    [InlineData("bubuhan kawan kantor handak ngumpul di posko paslon, ulun ikut kah bagus kada?")]
    [InlineData("saya share video debat paslon yang menurut saya paling bagus ke story, itu dilarang?")]
    public void An_opinion_word_about_the_askers_own_act_is_a_conduct_question(string question)
    {
        var answer = Engine.Ask(question);
        Assert.NotEqual(NeutralityGuard.TopicId, answer.TopicId);
        Assert.NotEqual(Verdict.Boleh, answer.Verdict);
    }

    [Theory]
    [InlineData("pilkades bulan depan, guru pns boleh jadi panitia?")]
    [InlineData("dosen pns boleh kampanye calon rektor?")]
    [InlineData("asn boleh jadi ketua rt?")]
    public void Other_elections_are_out_of_scope(string question) =>
        Assert.Equal(Verdict.TidakTahu, Engine.Ask(question).Verdict);
}
