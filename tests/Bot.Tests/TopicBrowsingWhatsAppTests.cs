using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Hosting;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Bot.Topics;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Tests;

/// <summary>/topik, a section, a question and its legal basis over the signed webhook and the fake Graph API (which enforces the list limits).</summary>
public sealed class TopicBrowsingWhatsAppTests : IAsyncLifetime
{
    private const string User = "6281277778888";
    private FakeGraphApiServer _graph = null!;
    private readonly TestContent _content = new();

    public async Task InitializeAsync() => _graph = await FakeGraphApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _graph.DisposeAsync();
        _content.Dispose();
    }

    [Fact]
    public async Task Topik_section_question_and_legal_basis_as_list_messages_within_the_limits()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content, configureServices: services =>
            services.AddSingleton<IQuestionAnswerer>(sp => KnowledgeBaseLoader.Load(sp.GetRequiredService<ContentFolder>())));
        var catalog = TopicCatalogLoader.Load(new ContentFolder(_content.ContentPath));

        var sections = await UntilInteractiveAsync(bot, WhatsAppPayloads.Text(User, "/topik"));
        Assert.Equal("list", sections.InteractiveType);
        Assert.Equal(catalog.Sections.Select(s => s.Title), sections.ListRows.Select(r => (string)r["title"]!));

        var media = catalog.Sections.Single(s => s.Title == "Media sosial");
        var page = await UntilInteractiveAsync(bot, WhatsAppPayloads.ListReply(User, $"topik:{media.Key}", media.Title));
        Assert.Equal(TopicMenus.PageSize + 2, page.ListRows.Count);
        Assert.All(page.ListRows, r => Assert.True(((string)r["title"]!).Length <= 24));

        var before = _graph.SentTo(User).Count;
        await bot.DeliverAsync(WhatsAppPayloads.Text(User, "12"));
        Assert.Equal(BotTexts.ChooseNumber(TopicMenus.PageSize), (await _graph.WaitForMessagesAsync(User, before + 1))[before].Text);

        var entry = media.Entries[0];
        var answer = await UntilInteractiveAsync(bot, WhatsAppPayloads.Text(User, "1"));
        Assert.Equal($"dasar:{entry.TopicId}", (string)answer.ListRows[0]["id"]!);
        Assert.Equal(BotTexts.DetailsButton, (string)answer.ListRows[0]["title"]!);

        before = _graph.SentTo(User).Count;
        await bot.DeliverAsync(WhatsAppPayloads.ListReply(User, $"dasar:{entry.TopicId}", BotTexts.DetailsButton));
        var details = (await _graph.WaitForMessagesAsync(User, before + 1))[before];
        Assert.Contains("Dasar hukum:", details.Text);
        Assert.Empty(_graph.Rejections);
    }

    // Waits for the interactive message of a reply (a text too long for an interactive body comes first on its own).
    private async Task<GraphMessage> UntilInteractiveAsync(WhatsAppBotUnderTest bot, System.Text.Json.Nodes.JsonObject payload)
    {
        var before = _graph.SentTo(User).Count;
        await bot.DeliverAsync(payload);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (_graph.SentTo(User).Skip(before).FirstOrDefault(m => m.InteractiveType is not null) is { } interactive)
            {
                return interactive;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("No interactive message: " + string.Join(" | ", _graph.SentTo(User).Skip(before).Select(m => m.Text)) + string.Join(" | ", _graph.Rejections));
    }
}
