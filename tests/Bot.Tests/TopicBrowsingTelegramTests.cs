using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Hosting;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Bot.Topics;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Tests;

/// <summary>
/// /topik browsing, the short answer with its "Dasar hukum &amp; sanksi" button, the disclaimer once a day and
/// acknowledgements, through the real <c>serve</c> host, the fake Telegram API and the shipped knowledge base.
/// </summary>
public sealed class TopicBrowsingTelegramTests : IAsyncLifetime
{
    private FakeTelegramServer _telegram = null!;
    private readonly TestContent _content = new();

    public async Task InitializeAsync() => _telegram = await FakeTelegramServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
        _content.Dispose();
    }

    private Task<BotUnderTest> StartWithShippedKnowledgeAsync() =>
        BotUnderTest.StartAsync(_telegram, _content, configure: services =>
            services.AddSingleton<IQuestionAnswerer>(sp => KnowledgeBaseLoader.Load(sp.GetRequiredService<ContentFolder>())));

    private async Task<SentMessage> Say(long chat, string text)
    {
        var before = _telegram.Sent.Count(m => m.ChatId == chat);
        _telegram.EnqueueText(chat, text);
        return (await _telegram.WaitForMessagesAsync(chat, before + 1))[before];
    }

    private async Task<SentMessage> Press(long chat, string data)
    {
        var before = _telegram.Sent.Count(m => m.ChatId == chat);
        _telegram.EnqueueCallback(chat, data);
        return (await _telegram.WaitForMessagesAsync(chat, before + 1))[before];
    }

    [Fact]
    public async Task Topik_lists_sections_a_section_lists_its_questions_and_a_question_is_answered_short_with_its_legal_basis_on_request()
    {
        await using var bot = await StartWithShippedKnowledgeAsync();
        var catalog = TopicCatalogLoader.Load(new ContentFolder(_content.ContentPath));

        var sections = await Say(601, "/topik");
        Assert.Equal(catalog.Sections.Select(s => $"topik:{s.Key}"), sections.ButtonData);
        Assert.Contains(TelegramEscaped("1. Ikrar & aturan dasar"), sections.Text);

        var kampanye = catalog.Sections.Single(s => s.Title == "Kampanye & acara");
        var page1 = await Press(601, $"topik:{kampanye.Key}");
        Assert.Equal(TopicMenus.PageSize + 2, page1.ButtonData.Count); // 8 questions, "Berikutnya", "Semua topik"
        Assert.Equal($"topic:{kampanye.Entries[0].TopicId}", page1.ButtonData[0]);
        Assert.Contains($"topik:{kampanye.Key}:2", page1.ButtonData);
        Assert.Contains("halaman 1 dari 2", page1.Text);

        var page2 = await Press(601, $"topik:{kampanye.Key}:2");
        Assert.Equal(kampanye.Entries.Skip(TopicMenus.PageSize).Select(e => $"topic:{e.TopicId}").Append("topik"), page2.ButtonData);

        // A typed number opens the question of the page shown: the short shape, not the full text.
        var answer = await Say(601, "3");
        var entry = kampanye.Entries[TopicMenus.PageSize + 2];
        var full = bot.App.Services.GetRequiredService<IQuestionAnswerer>().AnswerTopic(entry.TopicId)!;
        Assert.StartsWith(full.Parts!.Heading, answer.Text);
        Assert.DoesNotContain("Dasar hukum:", answer.Text);
        Assert.True(answer.Text.Length < full.Text.Length);
        Assert.Equal($"dasar:{entry.TopicId}", answer.ButtonData[0]);

        var details = await Press(601, $"dasar:{entry.TopicId}");
        Assert.Contains("Dasar hukum:", details.Text);
        Assert.All(full.Parts.LegalBases, basis => Assert.Contains(TelegramEscaped(basis), details.Text));
        Assert.Contains("Sumber:", details.Text);
        if (full.Parts.Sanction is { } sanction)
        {
            Assert.Contains(TelegramEscaped(sanction), details.Text);
        }
    }

    [Fact]
    public async Task Typed_menu_requests_open_the_sections_and_an_out_of_range_number_gets_the_range()
    {
        await using var bot = await StartWithShippedKnowledgeAsync();
        var count = TopicCatalogLoader.Load(new ContentFolder(_content.ContentPath)).Sections.Count;

        foreach (var request in new[] { "menu", "topik apa saja?", "Apa saja yang bisa ditanyakan min?", "bisa bantu apa aja kak" })
        {
            var sections = await Say(602, request);
            Assert.StartsWith(BotTexts.TopicSectionsHeading, sections.Text);
        }

        Assert.Equal(BotTexts.ChooseNumber(count), (await Say(602, (count + 3).ToString(System.Globalization.CultureInfo.InvariantCulture))).Text);
        Assert.StartsWith("Topik: Ikrar", (await Say(602, "1")).Text); // the menu stayed open
        Assert.StartsWith(BotTexts.TopicSectionsHeading, (await Say(602, "/topik")).Text);
        Assert.Contains("/topik", (await Say(602, "/help")).Text);
    }

    [Fact]
    public async Task The_disclaimer_comes_with_the_first_answer_of_the_day_only()
    {
        await using var bot = await StartWithShippedKnowledgeAsync();
        const string Disclaimer = "Jawaban ini bersifat umum";

        var first = await Say(603, "bolehkah asn ikut kampanye sebagai orator?");
        var second = await Say(603, "bolehkah asn like postingan calon di facebook?");
        var third = await Press(603, "topic:mencoblos");

        Assert.Contains(Disclaimer, first.Text);
        Assert.DoesNotContain(Disclaimer, second.Text);
        Assert.DoesNotContain(Disclaimer, third.Text);
        Assert.Contains(Disclaimer, (await Say(604, "bolehkah asn like postingan calon di facebook?")).Text); // another chat
        Assert.Contains("Sebaiknya:", first.Text);
    }

    [Fact]
    public async Task Acknowledgements_get_a_short_friendly_reply_and_never_reach_the_knowledge_base()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        string[] acknowledgements = ["ok", "Oke pak", "okeee", "okey", "sip", "siaaap", "mantap", "mantep bu", "👍", "👍👍", "👌🏽", "noted, terima kasih"];
        foreach (var text in acknowledgements)
        {
            var reply = await Say(605, text);
            Assert.True(reply.Text is BotTexts.Acknowledged or BotTexts.Thanks, $"\"{text}\" got: {reply.Text}");
        }

        Assert.Equal(BotTexts.Thanks, (await Say(605, "makasih 🙏")).Text);
        Assert.Equal(BotTexts.Thanks, (await Say(605, "🙏🙏")).Text);
        Assert.Empty(bot.Answerer.Questions);

        await Say(605, "ok, kalau ikut kampanye?");
        Assert.Single(bot.Answerer.Questions); // a question after "ok" is still a question
    }

    [Fact]
    public async Task The_command_menu_offers_topik()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        for (var i = 0; i < 100 && _telegram.CommandMenu is null; i++)
        {
            await Task.Delay(50);
        }

        Assert.Contains("topik", _telegram.CommandMenu ?? []);
    }

    private static string TelegramEscaped(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
