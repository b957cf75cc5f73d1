using System.Net;
using System.Text;
using NetralBot.Bot.Common;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Channels.WhatsApp;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Subscribers;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

public sealed class WhatsAppWebhookTests : IAsyncLifetime
{
    private const string User = "6281234567890";
    private FakeGraphApiServer _graph = null!;
    private readonly TestContent _content = new();

    public async Task InitializeAsync() => _graph = await FakeGraphApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _graph.DisposeAsync();
        _content.Dispose();
    }

    [Fact]
    public async Task Handshake_with_the_verify_token_echoes_the_challenge_as_plain_text()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content);
        using var response = await bot.Http.GetAsync($"/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token={WhatsAppBotUnderTest.VerifyToken}&hub.challenge=1158201444");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1158201444", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=42")]
    [InlineData("hub.mode=unsubscribe&hub.verify_token=" + WhatsAppBotUnderTest.VerifyToken + "&hub.challenge=42")]
    [InlineData("hub.mode=subscribe&hub.challenge=42")]
    [InlineData("")]
    public async Task Handshake_with_a_wrong_token_or_mode_is_forbidden(string query)
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content);
        using var response = await bot.Http.GetAsync("/webhooks/whatsapp?" + query);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("42", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signed_text_message_is_answered_and_touches_the_subscriber_at_the_message_time()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content);
        await bot.DeliverAsync(WhatsAppPayloads.Text(User, "apakah asn boleh kampanye"));
        var reply = Assert.Single(await _graph.WaitForMessagesAsync(User, 1));
        Assert.Contains("DILARANG", reply.Text);
        // The answer's special characters arrive as typed: WhatsApp needs no escaping.
        Assert.Contains("<termasuk> A & B", reply.Text);
        var subscriber = await bot.Subscribers.FindAsync(Channel.WhatsApp, User);
        Assert.NotNull(subscriber);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(WhatsAppPayloads.Timestamp), subscriber.LastSeenAt);
        Assert.Empty(_graph.Rejections);
    }

    public static TheoryData<string, string> BadSignatures => new()
    {
        { "missing", "" },
        { "wrong secret", WhatsAppSignature.Sign("{}"u8, "another-secret") },
        { "not hex", "sha256=zz" + new string('0', 62) },
        { "no prefix", new string('0', 64) },
    };

    [Theory]
    [MemberData(nameof(BadSignatures))]
    public async Task Unsigned_or_wrongly_signed_payload_is_refused_with_401_and_not_processed(string why, string signature)
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content);
        var body = Encoding.UTF8.GetBytes(WhatsAppPayloads.Text(User, "forged kampanye").ToJsonString());
        if (why == "wrong secret")
        {
            signature = WhatsAppSignature.Sign(body, "another-secret");
        }

        using var response = await bot.PostRawAsync(body, signature);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await bot.Inbox.PendingAsync(10));

        // A genuine message afterwards is answered, and it is the only question the bot ever saw.
        await bot.DeliverAsync(WhatsAppPayloads.Text(User, "genuine"));
        await _graph.WaitForMessagesAsync(User, 1);
        Assert.Equal(["genuine"], bot.Answerer.Questions);
    }

    [Fact]
    public async Task Body_tampered_after_signing_is_refused()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content);
        var original = Encoding.UTF8.GetBytes(WhatsAppPayloads.Text(User, "halo").ToJsonString());
        var signature = WhatsAppSignature.Sign(original, WhatsAppBotUnderTest.AppSecret);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(original).Replace("halo", "kampanye"));
        using var response = await bot.PostRawAsync(tampered, signature);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await bot.Inbox.PendingAsync(10));

        // The same signature over the bytes it was made for is accepted: the check is over the raw body.
        using var genuine = await bot.PostRawAsync(original, signature);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        await _graph.WaitForMessagesAsync(User, 1);
        Assert.DoesNotContain("kampanye", bot.Answerer.Questions);
    }

    [Fact]
    public async Task Oversized_body_is_refused_with_413()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content);
        var body = new byte[WhatsAppWebhookEndpoint.MaxBodyBytes + 1];
        using var response = await bot.PostRawAsync(body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Duplicate_deliveries_of_a_message_are_processed_once()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content);
        var payload = WhatsAppPayloads.Text(User, "kampanye sekali", id: "wamid.duplicate-1");
        for (var i = 0; i < 3; i++)
        {
            await bot.DeliverAsync(payload);
        }

        await bot.DeliverAsync(WhatsAppPayloads.Text(User, "sesudahnya"));
        await _graph.WaitForMessagesAsync(User, 2);
        await WaitUntilAsync(async () => (await bot.Inbox.PendingAsync(10)).Count == 0);
        Assert.Equal(["kampanye sekali", "sesudahnya"], bot.Answerer.Questions);
        Assert.Equal(2, _graph.SentTo(User).Count);
    }

    [Fact]
    public async Task Malformed_payloads_are_acknowledged_without_harm_and_non_text_gets_the_polite_reply()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content);
        using (var notJson = await bot.PostRawAsync("{not json"u8.ToArray()))
        {
            Assert.Equal(HttpStatusCode.OK, notJson.StatusCode); // Meta would redeliver an error for a week
        }

        using (var array = await bot.PostRawAsync("[1,2]"u8.ToArray()))
        {
            Assert.Equal(HttpStatusCode.OK, array.StatusCode);
        }

        Assert.Empty(await bot.Inbox.PendingAsync(10));

        // Shapes the models do not expect: missing entry, changes without value, a message without sender, wrong types.
        await bot.DeliverAsync(new System.Text.Json.Nodes.JsonObject { ["object"] = "whatsapp_business_account" });
        await bot.DeliverAsync(System.Text.Json.Nodes.JsonNode.Parse("""{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages"}]}]}""")!.AsObject());
        await bot.DeliverAsync(System.Text.Json.Nodes.JsonNode.Parse("""{"entry":[{"changes":[{"value":{"messages":[{"id":"wamid.x","type":"text","text":{"body":"tanpa pengirim"}}]}}]}]}""")!.AsObject());
        await bot.DeliverAsync(System.Text.Json.Nodes.JsonNode.Parse("""{"entry":"not a list"}""")!.AsObject());
        await bot.DeliverAsync(System.Text.Json.Nodes.JsonNode.Parse("""{"entry":[{"changes":[{"value":{"messages":[{"from":"USER","id":"wamid.empty-text","type":"text"}]}}]}]}""".Replace("USER", User))!.AsObject());

        await bot.DeliverAsync(WhatsAppPayloads.Sticker(User));
        await bot.DeliverAsync(WhatsAppPayloads.Image(User));
        await bot.DeliverAsync(WhatsAppPayloads.Text(User, "masih hidup"));
        var replies = await _graph.WaitForMessagesAsync(User, 4);
        Assert.Equal([BotTexts.TextOnly, BotTexts.TextOnly, BotTexts.TextOnly], replies.Take(3).Select(r => r.Text));
        Assert.Equal(["masih hidup"], bot.Answerer.Questions);
        await WaitUntilAsync(async () => (await bot.Inbox.PendingAsync(10)).Count == 0);
        Assert.DoesNotContain(bot.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Payload_stored_before_a_crash_is_processed_after_the_restart()
    {
        await using (var crashed = await WhatsAppBotUnderTest.StartAsync(_graph, _content, processInbox: false))
        {
            await crashed.DeliverAsync(WhatsAppPayloads.Text(User, "kampanye sebelum mati"));
            Assert.Single(await crashed.Inbox.PendingAsync(10));
        }

        Assert.Empty(_graph.SentTo(User));
        await using var restarted = await WhatsAppBotUnderTest.StartAsync(_graph, _content);
        var reply = Assert.Single(await _graph.WaitForMessagesAsync(User, 1));
        Assert.Contains("DILARANG", reply.Text);
        await WaitUntilAsync(async () => (await restarted.Inbox.PendingAsync(10)).Count == 0);
    }

    [Fact]
    public async Task A_failed_message_stays_in_the_inbox_and_the_same_user_s_later_message_waits_behind_it()
    {
        const string Other = "6281299998888";
        await using (var stopped = await WhatsAppBotUnderTest.StartAsync(_graph, _content, processInbox: false))
        {
            await stopped.DeliverAsync(WhatsAppPayloads.Text(User, "pertama"));
            await stopped.DeliverAsync(WhatsAppPayloads.Text(User, "kedua"));
            await stopped.DeliverAsync(WhatsAppPayloads.Text(Other, "orang lain"));
        }

        // All three are taken in one batch; the first turn of User fails once (as a database hiccup would).
        FailingOnceSubscriberStore? failing = null;
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content, configureServices: services =>
            services.AddSingleton<ISubscriberStore>(sp => failing = new FailingOnceSubscriberStore(new SubscriberStore(sp.GetRequiredService<SqliteDatabase>()), User)));
        await _graph.WaitForMessagesAsync(Other, 1);
        await _graph.WaitForMessagesAsync(User, 2);
        Assert.Equal(["pertama", "kedua"], bot.Answerer.Questions.Where(q => q != "orang lain"));
        await WaitUntilAsync(async () => (await bot.Inbox.PendingAsync(10)).Count == 0);
        Assert.True(failing!.HasFailed); // the first turn did fail, and was taken again from the inbox
    }

    private sealed class FailingOnceSubscriberStore(ISubscriberStore inner, string failFor) : ISubscriberStore
    {
        private int _failed;

        public bool HasFailed => Volatile.Read(ref _failed) == 1;

        public Task TouchAsync(Channel channel, string chatId, string userId, DateTimeOffset seenAt, CancellationToken cancellationToken = default) =>
            chatId == failFor && Interlocked.Exchange(ref _failed, 1) == 0
                ? throw new InvalidOperationException("database is locked (simulated)")
                : inner.TouchAsync(channel, chatId, userId, seenAt, cancellationToken);

        public Task MarkInactiveAsync(Channel channel, string chatId, string reason, CancellationToken cancellationToken = default) =>
            inner.MarkInactiveAsync(channel, chatId, reason, cancellationToken);

        public Task<Subscriber?> FindAsync(Channel channel, string chatId, CancellationToken cancellationToken = default) =>
            inner.FindAsync(channel, chatId, cancellationToken);

        public Task<bool> SetOptedOutAsync(Channel channel, string chatId, string userId, DateTimeOffset seenAt, DateTimeOffset? optedOutAt, CancellationToken cancellationToken = default) =>
            inner.SetOptedOutAsync(channel, chatId, userId, seenAt, optedOutAt, cancellationToken);

        public Task SetTimeZoneAsync(Channel channel, string chatId, string userId, DateTimeOffset seenAt, NetralBot.Knowledge.Calendar.IndonesianTimeZone zone, CancellationToken cancellationToken = default) =>
            inner.SetTimeZoneAsync(channel, chatId, userId, seenAt, zone, cancellationToken);
    }

    [Fact]
    public async Task List_reply_and_template_quick_reply_come_back_as_choices()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content);
        await bot.DeliverAsync(WhatsAppPayloads.Text(User, "apakah asn boleh kampanye"));
        var answer = Assert.Single(await _graph.WaitForMessagesAsync(User, 1));
        // The related topic's label is longer than a reply button's 20 characters: it comes as a list row.
        Assert.Equal("list", answer.InteractiveType);
        Assert.Equal(3, answer.ListRows.Count); // the topic, then 👍 Membantu and 👎 Kurang tepat
        var row = answer.ListRows[0];
        Assert.Equal("Bolehkah ASN menyukai…", (string?)row["title"]);
        Assert.Equal("Bolehkah ASN menyukai postingan calon?", (string?)row["description"]);

        await bot.DeliverAsync(WhatsAppPayloads.ListReply(User, (string)row["id"]!, (string)row["title"]!));
        var topic = (await _graph.WaitForMessagesAsync(User, 2))[^1];
        Assert.Contains("menyukai postingan calon — DILARANG", topic.Text);

        await bot.DeliverAsync(WhatsAppPayloads.TemplateButton(User, "/help"));
        var help = (await _graph.WaitForMessagesAsync(User, 3))[^1];
        Assert.Equal(BotTexts.Help.Trim(), help.Text);
    }

    [Fact]
    public async Task Repeated_undeliverable_status_callbacks_make_the_subscriber_inactive_counted_once_per_message()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content);
        await bot.DeliverAsync(WhatsAppPayloads.Text(User, "halo"));
        await _graph.WaitForMessagesAsync(User, 1);

        await bot.DeliverAsync(WhatsAppPayloads.Status(User, "wamid.out-a", "sent"));
        await bot.DeliverAsync(WhatsAppPayloads.Status(User, "wamid.out-a", "delivered"));
        await bot.DeliverAsync(WhatsAppPayloads.Status(User, "wamid.out-a", "read"));
        await bot.DeliverAsync(WhatsAppPayloads.Status(User, "wamid.out-1", "failed", 131026));
        await bot.DeliverAsync(WhatsAppPayloads.Status(User, "wamid.out-1", "failed", 131026)); // redelivery
        await bot.DeliverAsync(WhatsAppPayloads.Status(User, "wamid.out-2", "failed", 131026));
        await bot.DeliverAsync(WhatsAppPayloads.Status(User, "wamid.out-3", "failed", 131049)); // not an undeliverable code
        await WaitUntilAsync(async () => (await bot.Inbox.PendingAsync(10)).Count == 0);
        Assert.True((await bot.Subscribers.FindAsync(Channel.WhatsApp, User))!.IsActive);

        await bot.DeliverAsync(WhatsAppPayloads.Status(User, "wamid.out-4", "failed", 131026));
        await WaitUntilAsync(async () => (await bot.Subscribers.FindAsync(Channel.WhatsApp, User))!.IsActive == false);
        // The number is personal data: logs show it masked, and a message id (whose real form encodes the number) only
        // as a prefix of its digest.
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Contains(User, StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Contains("wamid.out", StringComparison.Ordinal));
        Assert.Contains(bot.Logs.Lines, line => line.Contains(WhatsAppMessageIdDigest.ForLog("wamid.out-1"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Long_answer_is_split_into_texts_within_4096_characters()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content);
        await bot.DeliverAsync(WhatsAppPayloads.Text(User, "jawaban panjang"));
        var sent = await _graph.WaitForMessagesAsync(User, 4);
        var parts = sent.Take(3).ToList();
        Assert.All(parts, p => Assert.True(p.Text!.Length <= 4096));
        Assert.StartsWith("Paragraf 1:", parts[0].Text);
        Assert.EndsWith(new string('x', 150), parts[^1].Text);
        Assert.Equal(["👍 Membantu", "👎 Kurang tepat"], sent[3].ButtonTitles); // the feedback buttons follow the text
        Assert.Empty(_graph.Rejections);
    }

    [Fact]
    public async Task Secrets_never_reach_the_logs()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content);
        _graph.InjectFault(User, new GraphFault(500, 131000, "Something went wrong"));
        await bot.DeliverAsync(WhatsAppPayloads.Text(User, "halo"));
        await _graph.WaitForMessagesAsync(User, 1); // retried after the 500
        Assert.NotEmpty(bot.Logs.Lines);
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Contains(FakeGraphApiServer.AccessToken, StringComparison.Ordinal)
            || line.Contains(WhatsAppBotUnderTest.AppSecret, StringComparison.Ordinal)
            || line.Contains(WhatsAppBotUnderTest.VerifyToken, StringComparison.Ordinal));
        Assert.DoesNotContain(WhatsAppBotUnderTest.AppSecret, bot.App.Services.GetService(typeof(WhatsAppOptions))!.ToString());
    }

    internal static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("condition not met within 15 s");
            }

            await Task.Delay(20);
        }
    }
}
