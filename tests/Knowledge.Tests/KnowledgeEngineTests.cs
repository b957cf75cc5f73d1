using NetralBot.Knowledge.Answering;
using NetralBot.Knowledge.Tests.Catalog;

namespace NetralBot.Knowledge.Tests;

public class KnowledgeEngineTests
{
    private static readonly KnowledgeEngine Engine = KnowledgeEngine.FromMarkdown(SampleFiles.Read("valid.md"), "valid.md");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Empty_question_gets_a_prompt_not_a_verdict(string question)
    {
        var answer = Engine.Ask(question);
        Assert.Equal(Verdict.TidakTahu, answer.Verdict);
        Assert.Null(answer.TopicId);
        Assert.Contains("Silakan tulis pertanyaan", answer.Text);
    }

    [Fact]
    public void Huge_question_is_answered_without_throwing()
    {
        var huge = string.Concat(Enumerable.Repeat("boleh ikut kampanye? ", 5000));
        var answer = Engine.Ask(huge);
        Assert.Equal(huge, answer.Question);
        Assert.NotEmpty(answer.Text);
    }

    [Fact]
    public void Unrelated_question_gets_tidak_tahu()
    {
        var answer = Engine.Ask("resep rendang yang enak gimana");
        Assert.Equal(Verdict.TidakTahu, answer.Verdict);
        Assert.Null(answer.TopicId);
        Assert.Empty(answer.Sources);
    }

    [Fact]
    public void Answer_carries_verdict_basis_sanction_and_date()
    {
        var answer = Engine.Ask("Apakah ASN boleh berorasi di panggung kampanye?");
        Assert.Equal(Verdict.Dilarang, answer.Verdict);
        Assert.Equal("ikut-kampanye", answer.TopicId);
        Assert.Equal(["PP 94/2021 Pasal 5 huruf n angka 1"], answer.Sources);
        Assert.Contains("DILARANG", answer.Text);
        Assert.Contains("Sebaiknya: Ikuti visi-misi lewat media.", answer.Text);
        Assert.Contains("Sanksi: Hukuman disiplin sedang.", answer.Text);
        Assert.Contains("Informasi per 23 November 2026", answer.Text);
        Assert.Equal([new TopicSuggestion("mencoblos", "Bolehkah ASN mencoblos?")], answer.Related);
        Assert.InRange(answer.Confidence, AnswerConfidenceThreshold, 1);
    }

    [Fact]
    public void Guard_refuses_with_its_own_topic_and_no_name()
    {
        var answer = Engine.Ask("siapa capres terbaik menurut bot?");
        Assert.Equal(Verdict.Info, answer.Verdict);
        Assert.Equal(NeutralityGuard.TopicId, answer.TopicId);
        Assert.Contains("tidak dapat merekomendasikan", answer.Text);
    }

    [Fact]
    public void Topic_buttons_answer_by_id()
    {
        Assert.Equal(Verdict.Boleh, Engine.AnswerTopic("mencoblos")?.Verdict);
        Assert.Null(Engine.AnswerTopic("tidak-ada"));
    }

    [Fact]
    public void Broken_file_fails_with_every_error_located()
    {
        var error = Assert.Throws<KnowledgeBaseException>(() =>
            KnowledgeEngine.FromMarkdown(SampleFiles.Read("missing-basis.md"), "kb.md"));
        Assert.Contains("kb.md:28: error: entri tanpa dasar hukum", error.Message);
    }

    private const double AnswerConfidenceThreshold = NetralBot.Knowledge.Search.AnswerConfidence.AnswerThreshold;
}
