using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NetralBot.Bot.Feedback;
using NetralBot.Knowledge;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Cli;

/// <summary>
/// The <c>ask</c> verb, a contract external checks use: one question as an argument prints the answer as the
/// chat shows it; <c>--jsonl</c> reads one question per line and writes exactly one JSON object per line.
/// </summary>
internal static class AskCommand
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var question = new Argument<string?>("pertanyaan") { Description = "Pertanyaan dalam bahasa Indonesia.", Arity = ArgumentArity.ZeroOrOne };
        var jsonl = new Option<bool>("--jsonl") { Description = "Baca satu pertanyaan per baris dari stdin, tulis satu objek JSON per baris." };
        var kb = KbCommand.KnowledgeBaseOption();
        var command = new Command("ask", "Menjawab pertanyaan dari basis pengetahuan.") { question, jsonl, kb };
        command.SetAction(parse =>
        {
            var content = KbCommand.LoadEngine(parse.GetValue(kb));
            if (content is null)
            {
                return 2;
            }

            // The phrasings admins attached on the dashboard answer here as they do in the running bot.
            var engine = LiveKnowledgeBase.Merge(content, StoredPhrasingsSource.Read(Console.Error));

            if (parse.GetValue(jsonl))
            {
                AnswerLines(engine, Console.In, Console.Out);
                return 0;
            }

            var text = parse.GetValue(question);
            if (text is null)
            {
                Console.Error.WriteLine("Tulis pertanyaan, misalnya: ask \"Bolehkah saya foto dengan calon?\", atau pakai --jsonl.");
                return 2;
            }

            Console.Out.WriteLine(Render(engine.Ask(text)));
            return 0;
        });
        return command;
    }

    /// <summary>Answers every line of <paramref name="input"/> with one JSON line, flushing as it goes.</summary>
    public static void AnswerLines(IQuestionAnswerer answerer, TextReader input, TextWriter output)
    {
        var buffer = new MemoryStream();
        while (input.ReadLine() is { } line)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, JsonOptions))
            {
                Write(json, answerer.Ask(line));
            }

            output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            output.Flush();
        }
    }

    /// <summary>The answer as a chat shows it: the text, then the follow-up or suggested topics.</summary>
    public static string Render(Answer answer)
    {
        var text = new StringBuilder(answer.Text);
        if (answer.Related.Count > 0)
        {
            text.Append("\n\nTopik terkait:");
            foreach (var topic in answer.Related)
            {
                text.Append("\n- ").Append(topic.Title);
            }
        }

        return text.ToString();
    }

    private static void Write(Utf8JsonWriter json, Answer answer)
    {
        json.WriteStartObject();
        json.WriteString("question", answer.Question);
        json.WriteString("verdict", answer.Verdict.ToContractName());
        if (answer.TopicId is null)
        {
            json.WriteNull("topic");
        }
        else
        {
            json.WriteString("topic", answer.TopicId);
        }

        json.WriteNumber("confidence", answer.Confidence);
        json.WriteString("answer", answer.Text);
        json.WriteStartArray("sources");
        foreach (var source in answer.Sources)
        {
            json.WriteStringValue(source);
        }

        json.WriteEndArray();
        if (answer.Choices.Count > 0)
        {
            // Only on a clarifying question (verdict TIDAK_TAHU): the entry ids offered, in the order shown.
            json.WriteStartArray("choices");
            foreach (var choice in answer.Choices)
            {
                json.WriteStringValue(choice.TopicId);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
