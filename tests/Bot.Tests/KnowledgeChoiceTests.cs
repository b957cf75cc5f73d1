using Microsoft.Extensions.Logging.Abstractions;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

/// <summary>A clarifying question's choices can be tapped or answered with their number; the state lives in SQLite.</summary>
public sealed class KnowledgeChoiceTests : IDisposable
{
    private readonly TestContent _content = new();
    private readonly ConversationEngine _engine;

    public KnowledgeChoiceTests()
    {
        var database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath, "NORMAL"));
        database.Migrate();
        var knowledge = new KnowledgeHandler(() => new FakeAnswerer(), new DisclaimerMemory(), NullLogger<KnowledgeHandler>.Instance);
        _engine = new ConversationEngine(
            [new DialogContinuationHandler([knowledge]), knowledge],
            new DialogStateStore(database),
            TimeProvider.System,
            NullLogger<ConversationEngine>.Instance);
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_typed_number_opens_that_choice_and_ends_the_clarification()
    {
        var question = Assert.Single(await SendAsync("ini pilihan ganda"));
        Assert.Equal(["1. Bolehkah ASN ikut kampanye?", "2. Bolehkah ASN menyukai postingan calon?"], question.Buttons.SelectMany(r => r).Select(b => b.Label));
        Assert.Equal("topic:medsos-like", question.Buttons.SelectMany(r => r).Last().Data);
        Assert.DoesNotContain("Mungkin maksud Anda", question.Text, StringComparison.Ordinal);

        var answer = Assert.Single(await SendAsync("nomor 2"));
        Assert.Contains("menyukai postingan calon — DILARANG", answer.Text, StringComparison.Ordinal);

        // The clarification is over: a number now is an ordinary (unknown) question.
        var again = Assert.Single(await SendAsync("2"));
        Assert.StartsWith("Maaf, saya belum yakin", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_question_after_a_clarification_is_answered_as_a_question()
    {
        await SendAsync("ini pilihan ganda");
        var answer = Assert.Single(await SendAsync("boleh ikut kampanye?"));
        Assert.StartsWith("DILARANG", answer.Text, StringComparison.Ordinal);

        var outOfRange = await SendAsync("ini pilihan ganda");
        Assert.Single(outOfRange);
        Assert.Equal(BotTexts.ChooseNumber(2), Assert.Single(await SendAsync("7")).Text);

        // The menu stays open after an out-of-range number: a valid one still opens its choice.
        Assert.Contains("menyukai postingan calon", Assert.Single(await SendAsync("2")).Text, StringComparison.Ordinal);
    }

    private Task<IReadOnlyList<Reply>> SendAsync(string text) =>
        _engine.HandleAsync(new Turn(Channel.Console, "u1", "c1", text, null, DateTimeOffset.UtcNow));
}
