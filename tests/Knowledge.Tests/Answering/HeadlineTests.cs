using NetralBot.Knowledge.Answering;
using NetralBot.Knowledge.Tests.Search;

namespace NetralBot.Knowledge.Tests.Answering;

/// <summary>
/// The headline verdict answers the asker's situation and agrees with the text under it. The first three questions are
/// the ones a new user tried (issue 15); the others are written for these tests.
/// </summary>
public class HeadlineTests
{
    private static KnowledgeEngine Engine => ShippedKnowledgeBase.Engine.Value;

    [Theory]
    [InlineData("suami saya bukan PNS, dia mau jadi caleg. sy boleh bantu kampanye dia?", Verdict.Dilarang)]
    [InlineData("boleh gak pns pakai baju partai waktu kampanye?", Verdict.Dilarang)]
    [InlineData("kalo cuma nonton live tiktok paslon tanpa komen boleh?", Verdict.Bersyarat)]
    [InlineData("istri sa bukan pegawai, de mau jadi tim sukses caleg, boleh kah?", Verdict.Boleh)]
    [InlineData("sa ini guru pns di jayapura, sa boleh ikut jadi tim sukses kah?", Verdict.Dilarang)]
    [InlineData("ulun pppk di banjarmasin, handak pasang stiker paslon di motor, kada papa kah?", Verdict.Dilarang)]
    [InlineData("aku pns, kemarin ngasih ❤️ ke postingan caleg di ig, aman ora?", Verdict.Dilarang)]
    [InlineData("bapak saya pensiunan swasta mau jadi relawan capres, boleh kah?", Verdict.Boleh)]
    [InlineData("suami saya caleg dprd, saya pns, boleh ikut nemenin pas kampanye?", Verdict.Bersyarat)]
    [InlineData("tadi di acara peresmian bupati petahana ngajak foto bareng, fotonya gak aku upload, aman kan?", Verdict.Bersyarat)]
    [InlineData("foto bareng caleg terus aku upload ke status wa pake pose dua jari, boleh?", Verdict.Dilarang)]
    public void The_headline_answers_the_askers_situation(string question, Verdict verdict)
    {
        var answer = Engine.Ask(question);
        Assert.Equal(verdict, answer.Verdict);
        var body = answer.Text[(answer.Text.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
        var opening = body.TrimStart();
        if (opening.StartsWith("Catatan:", StringComparison.Ordinal))
        {
            opening = opening[(opening.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
        }

        Assert.StartsWith(
            verdict switch { Verdict.Dilarang => "Tidak boleh", Verdict.Bersyarat => "Boleh", _ => "Boleh" },
            opening,
            StringComparison.Ordinal);
        if (verdict == Verdict.Boleh)
        {
            Assert.False(opening.StartsWith("Boleh dengan syarat", StringComparison.Ordinal) || opening.StartsWith("Boleh hanya", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Kalau ketahuan pasang stiker caleg di motor, hukumannya apa?")]
    [InlineData("berapa ancaman pidana kalau asn ikut kampanye pilkada?")]
    public void A_question_about_the_sanction_of_an_act_gets_the_sanction_as_info(string question)
    {
        var answer = Engine.Ask(question);
        Assert.Equal(Verdict.Info, answer.Verdict);
        Assert.Contains("Sanksi:", answer.Text.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("Perbuatannya sendiri: ⛔ DILARANG", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_act_by_the_asker_and_by_a_spouse_who_is_not_asn_gets_different_verdicts()
    {
        Assert.Equal(Verdict.Boleh, Engine.Ask("suami saya wiraswasta, dia boleh jadi tim sukses caleg?").Verdict);
        Assert.Equal(Verdict.Dilarang, Engine.Ask("suami saya wiraswasta, saya pns boleh jadi tim sukses caleg?").Verdict);
    }
}
