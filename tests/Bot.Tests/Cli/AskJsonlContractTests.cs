using System.Text.Json;
using NetralBot.Bot.Cli;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Tests.Cli;

public class AskJsonlContractTests
{
    private sealed class FixedAnswerer : IQuestionAnswerer
    {
        private static readonly TopicSuggestion[] Choices = [new("ikut-kampanye", "Anda sendiri"), new("pasangan-kampanye", "Pasangan Anda")];

        public Answer Ask(string question) => question.Contains("kampanye")
            ? new Answer(question, Verdict.Dilarang, "ikut-kampanye", 0.9, "⛔ DILARANG \"kutip\"\nbaris dua", ["PP 94/2021 Pasal 5 huruf n angka 1"], [], [])
            : question.Contains("suami")
                ? new Answer(question, Verdict.TidakTahu, null, 0.3, "Maksud Anda?", [], Choices, []) { Choices = Choices }
                : new Answer(question, Verdict.TidakTahu, null, 0.1, "Maaf", [], [], []);

        public Answer? AnswerTopic(string topicId) => null;
    }

    [Fact]
    public void Writes_one_json_object_per_input_line_in_order()
    {
        var output = new StringWriter();
        AskCommand.AnswerLines(new FixedAnswerer(), new StringReader("boleh ikut kampanye?\n\nharga emas\n"), output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);

        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal(["question", "verdict", "topic", "confidence", "answer", "sources"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("boleh ikut kampanye?", root.GetProperty("question").GetString());
        Assert.Equal("DILARANG", root.GetProperty("verdict").GetString());
        Assert.Equal("ikut-kampanye", root.GetProperty("topic").GetString());
        Assert.Equal(0.9, root.GetProperty("confidence").GetDouble());
        Assert.Equal("⛔ DILARANG \"kutip\"\nbaris dua", root.GetProperty("answer").GetString());
        Assert.Equal("PP 94/2021 Pasal 5 huruf n angka 1", root.GetProperty("sources")[0].GetString());

        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("", second.RootElement.GetProperty("question").GetString());
        using var third = JsonDocument.Parse(lines[2]);
        Assert.Equal("TIDAK_TAHU", third.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, third.RootElement.GetProperty("topic").ValueKind);
        Assert.Equal(0, third.RootElement.GetProperty("sources").GetArrayLength());
        Assert.False(third.RootElement.TryGetProperty("choices", out _));
    }

    [Fact]
    public void A_clarifying_question_is_tidak_tahu_with_the_choices_last()
    {
        var output = new StringWriter();
        AskCommand.AnswerLines(new FixedAnswerer(), new StringReader("suami sy caleg, boleh bantu?\n"), output);

        using var line = JsonDocument.Parse(output.ToString().Trim());
        var root = line.RootElement;
        Assert.Equal(["question", "verdict", "topic", "confidence", "answer", "sources", "choices"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("TIDAK_TAHU", root.GetProperty("verdict").GetString());
        Assert.Equal(["ikut-kampanye", "pasangan-kampanye"], root.GetProperty("choices").EnumerateArray().Select(c => c.GetString()));
    }
}
