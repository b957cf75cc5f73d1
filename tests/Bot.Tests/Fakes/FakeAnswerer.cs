using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Tests.Fakes;

/// <summary>A tiny knowledge base: "kampanye" questions are DILARANG with a related topic; "panjang" gives a very long answer; others are TIDAK_TAHU.</summary>
internal sealed class FakeAnswerer : IQuestionAnswerer
{
    public List<string> Questions { get; } = [];

    public Answer Ask(string question)
    {
        lock (Questions)
        {
            Questions.Add(question);
        }

        if (question.Contains("kampanye", StringComparison.OrdinalIgnoreCase))
        {
            return new Answer(question, Verdict.Dilarang, "kampanye", 0.9, "DILARANG. ASN tidak boleh ikut kampanye <termasuk> A & B.", ["UU 20/2023"], [],
                [new TopicSuggestion("medsos-like", "Bolehkah ASN menyukai postingan calon?")]);
        }

        if (question.Contains("pilihan ganda", StringComparison.OrdinalIgnoreCase))
        {
            TopicSuggestion[] choices = [new("kampanye", "Bolehkah ASN ikut kampanye?"), new("medsos-like", "Bolehkah ASN menyukai postingan calon?")];
            return new Answer(question, Verdict.TidakTahu, null, 0.3, "Maksud Anda yang mana?\n1. Bolehkah ASN ikut kampanye?\n2. Bolehkah ASN menyukai postingan calon?", [], choices, []) { Choices = choices };
        }

        if (question.Contains("panjang", StringComparison.OrdinalIgnoreCase))
        {
            var paragraphs = Enumerable.Range(1, 60).Select(i => $"Paragraf {i}: " + new string('x', 150));
            return new Answer(question, Verdict.Info, "panjang", 0.8, string.Join("\n\n", paragraphs), [], [], []);
        }

        return new Answer(question, Verdict.TidakTahu, null, 0.1, "Maaf, saya belum yakin.", [], [new TopicSuggestion("kampanye", "Bolehkah ASN ikut kampanye?")], []);
    }

    public Answer? AnswerTopic(string topicId) =>
        topicId == "medsos-like"
            ? new Answer("", Verdict.Dilarang, topicId, 1, "Topik: menyukai postingan calon — DILARANG.", [], [], [])
            : null;
}
