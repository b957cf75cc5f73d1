using Microsoft.Extensions.Logging.Abstractions;
using NetralBot.Bot.Channels.Console;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Tests;

/// <summary>The console REPL: numbered menus listed once, numbers out of range, and /topik in the real executable.</summary>
public sealed class ConsoleChatTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Not_sure_suggestions_are_listed_once_a_number_out_of_range_gets_the_range_and_a_valid_one_opens_it()
    {
        var output = await ChatAsync("pindah tugas antar provinsi?\n5\n2\n");

        var notSure = output[..output.IndexOf("Silakan ketik angka", StringComparison.Ordinal)];
        Assert.Contains("1. Bolehkah ASN ikut kampanye?", notSure);
        Assert.DoesNotContain("[1]", notSure);
        Assert.DoesNotContain("[2]", notSure);
        Assert.Contains(BotTexts.ChooseNumber(2), output);
        Assert.Contains("Topik: menyukai postingan calon", output);
        Assert.DoesNotContain("Maaf, saya hanya", output);
    }

    [Fact]
    public async Task Buttons_not_listed_in_the_text_keep_their_numbers_after_the_listed_ones()
    {
        var output = await ChatAsync("boleh ikut kampanye?\n9\n1\n");

        Assert.Contains("[1] Bolehkah ASN menyukai postingan calon?", output);
        Assert.Contains(BotTexts.ChooseNumber(1), output);
        Assert.Contains("Topik: menyukai postingan calon", output);
    }

    [Fact]
    public async Task The_chat_verb_browses_topics_and_answers_out_of_range_numbers_with_the_range()
    {
        var (code, stdout, stderr) = await CliProcess.RunAsync(_content, "/topik\n42\n9\n1\nok\n", new Dictionary<string, string>(), "chat");

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Contains("1. Ikrar & aturan dasar", stdout);
        Assert.DoesNotContain("[1] Ikrar", stdout); // the numbered list is not repeated as buttons
        Assert.Contains("Silakan ketik angka 1–9", stdout);
        Assert.Contains("Topik: Sanksi & pelaporan", stdout);
        Assert.Contains("📜 Dasar hukum & sanksi", stdout); // the answer of the first question of the section
        Assert.Contains(BotTexts.Acknowledged, stdout);
        Assert.DoesNotContain("Saya hanya menjawab pertanyaan tentang netralitas", stdout);
    }

    private async Task<string> ChatAsync(string input)
    {
        var database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath, "NORMAL"));
        database.Migrate();
        var knowledge = new KnowledgeHandler(() => new NumberedAnswerer(), new DisclaimerMemory(), NullLogger<KnowledgeHandler>.Instance);
        var engine = new ConversationEngine(
            [new DialogContinuationHandler([knowledge]), new SmallTalkHandler(), knowledge],
            new DialogStateStore(database),
            TimeProvider.System,
            NullLogger<ConversationEngine>.Instance);
        var output = new StringWriter();
        await new ConsoleChat(engine, TimeProvider.System).RunAsync(new StringReader(input), output, "u1", CancellationToken.None);
        return output.ToString();
    }

    /// <summary>A "not sure" answer that lists its suggestions in its text, as the real one does; otherwise the fake's answers.</summary>
    private sealed class NumberedAnswerer : IQuestionAnswerer
    {
        private readonly FakeAnswerer _fake = new();

        public Answer Ask(string question)
        {
            if (!question.Contains("pindah", StringComparison.Ordinal))
            {
                return _fake.Ask(question);
            }

            TopicSuggestion[] suggestions = [new("kampanye", "Bolehkah ASN ikut kampanye?"), new("medsos-like", "Bolehkah ASN menyukai postingan calon?")];
            return new Answer(question, Verdict.TidakTahu, null, 0.3, "Maaf, saya belum yakin.\n\nMungkin maksud Anda:\n1. Bolehkah ASN ikut kampanye?\n2. Bolehkah ASN menyukai postingan calon?", [], suggestions, []);
        }

        public Answer? AnswerTopic(string topicId) => _fake.AnswerTopic(topicId);
    }
}
