using NetralBot.Knowledge.Answering;
using NetralBot.Knowledge.Tests.Search;

namespace NetralBot.Knowledge.Tests.Answering;

/// <summary>
/// Never a looser headline than the rule on what the question is about. The questions are written for these tests
/// (not taken from any evaluation set).
/// </summary>
public class StricterSelectionTests
{
    private static KnowledgeEngine Engine => ShippedKnowledgeBase.Engine.Value;

    // The conditional entry's case is accompanying a spouse; the question names only campaigning, so the rule on
    // campaigning decides, whatever the leave status.
    [Theory]
    [InlineData("aku pns lagi cltn nih, udah gak digaji, boleh dong ikut kampanye capres?")]
    public void A_conditional_entry_whose_own_act_is_not_asked_does_not_beat_the_rule_on_the_act_asked(string question)
    {
        var answer = Engine.Ask(question);
        Assert.Equal(Verdict.Dilarang, answer.Verdict);
        Assert.NotEqual("mendampingi-pasangan-calon", answer.TopicId);
    }

    // The message describes a superior's pressure and asks where to report it: not a conditional headline.
    [Theory]
    [InlineData("misalnya camat menekan para lurah untuk memilih paslon, saya bisa mengadu ke mana? saya takut identitas saya terbongkar")]
    [InlineData("kalau pimpinan ngancam mutasi pegawai yang gak mau milih calon dia, aku lapornya ke mana ya? takut ketahuan")]
    public void A_described_prohibited_act_never_gets_a_looser_headline_than_its_rule(string question)
    {
        var answer = Engine.Ask(question);
        Assert.Contains(answer.Verdict, new[] { Verdict.Info, Verdict.Dilarang });
    }

    // Asking permission for one's own report keeps the permissive answer: the rule is about the headline on the
    // described act, not about reporting.
    [Fact]
    public void Asking_permission_to_report_a_colleague_stays_allowed()
    {
        var answer = Engine.Ask("apakah saya sebagai pns boleh melaporkan teman sekantor yang ikut kampanye paslon ke bawaslu?");
        Assert.Equal(Verdict.Boleh, answer.Verdict);
    }

    // A story about a colleague's act on stage, the asker only watching: the colleague's act decides, never the
    // conditional "only listening" entry.
    [Fact]
    public void A_question_about_a_colleagues_act_is_not_answered_by_the_askers_own_passivity()
    {
        var answer = Engine.Ask("Di lapangan kecamatan ada kampanye akbar bupati. Dua rekan dari dinas sosial awalnya bilang hanya ingin mendengarkan program, tapi kemudian mereka berjoget di atas panggung sambil meneriakkan nomor paslon. Aku sendiri hanya menonton dari motor. Apakah yang dilakukan rekan-rekan saya itu melanggar?");
        Assert.DoesNotContain(answer.Verdict, new[] { Verdict.Boleh, Verdict.Bersyarat });
    }
}
