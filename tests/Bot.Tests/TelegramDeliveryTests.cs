using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NetralBot.Bot.Common;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

public sealed class TelegramDeliveryTests : IAsyncLifetime
{
    private const string Secret = "rahasia_Uji-123";
    private FakeTelegramServer _telegram = null!;
    private readonly TestContent _content = new();
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _telegram = await FakeTelegramServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _telegram.DisposeAsync();
        _content.Dispose();
    }

    private static JsonObject TextUpdate(long updateId, long chat, string text) => new()
    {
        ["update_id"] = updateId,
        ["message"] = new JsonObject
        {
            ["message_id"] = updateId,
            ["from"] = new JsonObject { ["id"] = chat, ["is_bot"] = false, ["first_name"] = "Uji" },
            ["chat"] = new JsonObject { ["id"] = chat, ["type"] = "private" },
            ["date"] = 1_790_000_000,
            ["text"] = text,
        },
    };

    private Task<HttpResponseMessage> PostWebhook(BotUnderTest bot, string body, string? secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, bot.BaseUrl + "/webhooks/telegram")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return _http.SendAsync(request);
    }

    [Fact]
    public async Task Redelivered_update_over_polling_is_processed_once()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        var id = _telegram.EnqueueText(1001, "apakah asn boleh kampanye");
        await _telegram.WaitForMessagesAsync(1001, 1);
        _telegram.Redeliver(id);
        _telegram.EnqueueText(1001, "halo"); // a later marker: once it is answered, the redelivery was handled
        var messages = await _telegram.WaitForMessagesAsync(1001, 2);
        await Task.Delay(300); // lets a wrongly processed duplicate show up (not asserting timing)
        Assert.Equal(2, _telegram.Sent.Count(m => m.ChatId == 1001));
        Assert.Single(bot.Answerer.Questions);
    }

    [Fact]
    public async Task Webhook_without_or_with_wrong_secret_is_refused_and_nothing_is_processed()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, "webhook", Secret);
        var body = TextUpdate(5001, 2001, "apakah asn boleh kampanye").ToJsonString();

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostWebhook(bot, body, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostWebhook(bot, body, "salah")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostWebhook(bot, body, Secret + "x")).StatusCode);
        Assert.Empty(bot.Answerer.Questions);
        Assert.Null(await bot.Subscribers.FindAsync(Channel.Telegram, "2001"));
        Assert.DoesNotContain(_telegram.Sent, m => m.ChatId == 2001);

        // The same update with the right secret is processed, and its redelivery is not.
        Assert.Equal(HttpStatusCode.OK, (await PostWebhook(bot, body, Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostWebhook(bot, body, Secret)).StatusCode);
        await _telegram.WaitForMessagesAsync(2001, 1);
        Assert.Equal(HttpStatusCode.OK, (await PostWebhook(bot, TextUpdate(5002, 2001, "halo").ToJsonString(), Secret)).StatusCode);
        await _telegram.WaitForMessagesAsync(2001, 2); // a later marker: the redelivery had its turn before it
        Assert.Single(bot.Answerer.Questions);
        Assert.Equal(2, _telegram.Sent.Count(m => m.ChatId == 2001));
    }

    [Fact]
    public async Task Webhook_bad_input_is_handled_without_crash_or_data_loss()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, "webhook", Secret);
        // A stored pledge that must survive all of the below.
        var saved = await bot.Pledges.SaveAsync(new Pledges.Pledge(BotUnderTest.ElectionId, "NB-AAAA-BBBB", "Budi", Pledges.EmploymentStatus.NonAsn, null, "A", "U", Channel.Telegram, "3000", "uji-1", new string('a', 64), DateTimeOffset.UtcNow));
        Assert.True(saved.Created);

        Assert.Equal(HttpStatusCode.BadRequest, (await PostWebhook(bot, "{not json", Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostWebhook(bot, "null", Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostWebhook(bot, "{\"update_id\":\"x\"}", Secret)).StatusCode);

        // Unknown update kind: accepted, ignored.
        Assert.Equal(HttpStatusCode.OK, (await PostWebhook(bot, "{\"update_id\":6001,\"poll\":{\"id\":\"p\"}}", Secret)).StatusCode);

        // Sticker and photo: polite text-only reply.
        var sticker = TextUpdate(6002, 3001, "x");
        sticker["message"]!.AsObject().Remove("text");
        sticker["message"]!["sticker"] = new JsonObject { ["file_id"] = "s", ["width"] = 512, ["height"] = 512 };
        Assert.Equal(HttpStatusCode.OK, (await PostWebhook(bot, sticker.ToJsonString(), Secret)).StatusCode);
        var photo = TextUpdate(6003, 3001, "x");
        photo["message"]!.AsObject().Remove("text");
        photo["message"]!["photo"] = new JsonArray(new JsonObject { ["file_id"] = "p", ["width"] = 90, ["height"] = 90 });
        Assert.Equal(HttpStatusCode.OK, (await PostWebhook(bot, photo.ToJsonString(), Secret)).StatusCode);
        var replies = await _telegram.WaitForMessagesAsync(3001, 2);
        Assert.Equal(2, replies.Count);
        Assert.All(replies, r => Assert.Contains("hanya bisa membaca pesan teks", r.Text));

        // Empty and 100 KB text.
        Assert.Equal(HttpStatusCode.OK, (await PostWebhook(bot, TextUpdate(6004, 3002, "").ToJsonString(), Secret)).StatusCode);
        Assert.Contains("Silakan ketik pertanyaan", (await _telegram.WaitForMessagesAsync(3002, 1)).Last().Text);
        var huge = string.Concat(Enumerable.Repeat("apakah boleh <b>kampanye</b> & ", 100_000 / 30));
        Assert.Equal(HttpStatusCode.OK, (await PostWebhook(bot, TextUpdate(6005, 3003, huge).ToJsonString(), Secret)).StatusCode);
        Assert.Contains("DILARANG", (await _telegram.WaitForMessagesAsync(3003, 1)).Last().Text);
        Assert.True(bot.Answerer.Questions.Last().Length <= 2000);

        // Health is fine and the pledge is still there.
        Assert.Equal("ok", await _http.GetStringAsync(bot.BaseUrl + "/healthz"));
        var stillThere = await bot.Pledges.FindByChannelUserAsync(BotUnderTest.ElectionId, Channel.Telegram, "3000");
        Assert.Equal("NB-AAAA-BBBB", stillThere!.ReceiptCode);
    }

    [Fact]
    public async Task Flood_limit_429_waits_retry_after_then_delivers()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        _telegram.InjectFault(4001, new InjectedFault(429, "Too Many Requests: retry after 7", 7));
        _telegram.EnqueueText(4001, "halo");
        var sent = await _telegram.WaitForMessagesAsync(4001, 1);
        Assert.Single(sent);
        Assert.Contains(TimeSpan.FromSeconds(7), bot.Delay.Delays);
    }

    [Fact]
    public async Task Server_errors_back_off_boundedly_then_deliver_and_the_token_is_never_logged()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        _telegram.InjectFault(4051, new InjectedFault(502, "Bad Gateway"));
        _telegram.InjectFault(4051, new InjectedFault(500, "Internal Server Error"));
        _telegram.EnqueueText(4051, "halo");
        var sent = await _telegram.WaitForMessagesAsync(4051, 1);
        Assert.Single(sent);
        Assert.Contains(TimeSpan.FromMilliseconds(500), bot.Delay.Delays);
        Assert.Contains(TimeSpan.FromSeconds(1), bot.Delay.Delays);

        // Six failures exceed the 5 attempts: the reply is given up, the bot keeps working.
        for (var i = 0; i < 6; i++)
        {
            _telegram.InjectFault(4052, new InjectedFault(503, "Service Unavailable"));
        }

        _telegram.EnqueueText(4052, "halo");
        _telegram.EnqueueText(4053, "halo");
        await _telegram.WaitForMessagesAsync(4053, 1);
        Assert.DoesNotContain(_telegram.Sent, m => m.ChatId == 4052);
        Assert.All(bot.Delay.Delays, d => Assert.True(d <= TimeSpan.FromSeconds(8)));

        Assert.NotEmpty(bot.Logs.Lines);
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Contains("TEST-fake-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forbidden_403_marks_the_subscriber_inactive()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        _telegram.EnqueueText(4101, "halo");
        await _telegram.WaitForMessagesAsync(4101, 1);
        Assert.True((await bot.Subscribers.FindAsync(Channel.Telegram, "4101"))!.IsActive);

        _telegram.InjectFault(4101, new InjectedFault(403, "Forbidden: bot was blocked by the user"));
        _telegram.EnqueueText(4101, "apakah asn boleh kampanye");
        await WaitUntilAsync(async () => (await bot.Subscribers.FindAsync(Channel.Telegram, "4101"))!.IsActive == false);
        var subscriber = await bot.Subscribers.FindAsync(Channel.Telegram, "4101");
        Assert.Contains("blocked", subscriber!.InactiveReason);
        Assert.Single(_telegram.Sent, m => m.ChatId == 4101);
    }

    [Fact]
    public async Task Entity_parse_error_is_resent_as_plain_text()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        _telegram.InjectFault(4201, new InjectedFault(400, "Bad Request: can't parse entities: Can't find end of the entity starting at byte offset 10"));
        _telegram.EnqueueText(4201, "apakah asn boleh kampanye");
        var sent = await _telegram.WaitForMessagesAsync(4201, 1);
        Assert.Null(sent[0].ParseMode);
        Assert.Contains("<termasuk> A & B", sent[0].Text); // plain: unescaped
    }

    [Fact]
    public async Task Html_is_escaped_and_related_topics_become_buttons()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        _telegram.EnqueueText(4301, "apakah asn boleh kampanye");
        var sent = await _telegram.WaitForMessagesAsync(4301, 1);
        Assert.Equal("HTML", sent[0].ParseMode);
        Assert.Contains("&lt;termasuk&gt; A &amp; B", sent[0].Text);
        Assert.Equal("topic:medsos-like", sent[0].ButtonData[0]);
        Assert.Equal(["fb:y:", "fb:n:"], sent[0].ButtonData.Skip(1).Select(d => d[..5])); // the feedback row under it

        _telegram.EnqueueCallback(4301, "topic:medsos-like");
        var topic = await _telegram.WaitForMessagesAsync(4301, 2);
        Assert.Contains("menyukai postingan", topic[1].Text);
        Assert.Contains("answerCallbackQuery", _telegram.Calls);
    }

    [Fact]
    public async Task Long_answers_are_split_on_paragraphs_under_4096()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        _telegram.EnqueueText(4401, "jawaban panjang");
        var sent = await _telegram.WaitForMessagesAsync(4401, 3);
        await Task.Delay(200);
        var parts = _telegram.Sent.Where(m => m.ChatId == 4401).ToList();
        Assert.All(parts, p => Assert.True(p.Text.Length <= 4096));
        Assert.All(parts, p => Assert.StartsWith("Paragraf", p.Text));
        var joined = string.Join("\n\n", parts.Select(p => p.Text));
        Assert.Equal(bot.Answerer.Ask("panjang").Text, joined);
    }

    [Fact]
    public async Task Greetings_and_thanks_get_a_friendly_reply_not_a_knowledge_answer()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        _telegram.EnqueueText(4501, "Assalamualaikum");
        _telegram.EnqueueText(4501, "selamat pagi pak");
        _telegram.EnqueueText(4501, "p");
        _telegram.EnqueueText(4501, "makasih");
        _telegram.EnqueueText(4501, "Terima kasih banyak!");
        var sent = await _telegram.WaitForMessagesAsync(4501, 5);
        Assert.All(sent.Take(3), s => Assert.Contains("Halo", s.Text));
        Assert.All(sent.Skip(3), s => Assert.Contains("Sama-sama", s.Text));
        Assert.Empty(bot.Answerer.Questions);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Condition not met.");
            }

            await Task.Delay(20);
        }
    }
}
