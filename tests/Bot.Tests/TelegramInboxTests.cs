using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Common;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

/// <summary>The durable Telegram inbox: malformed and poison updates, and one slow chat among fast ones.</summary>
public sealed class TelegramInboxTests : IAsyncLifetime
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

    private static JsonObject TextUpdate(long updateId, long chat, string text, long? from = null) => new()
    {
        ["update_id"] = updateId,
        ["message"] = new JsonObject
        {
            ["message_id"] = updateId,
            ["from"] = new JsonObject { ["id"] = from ?? chat, ["is_bot"] = false, ["first_name"] = "Uji" },
            ["chat"] = new JsonObject { ["id"] = chat, ["type"] = "private" },
            ["date"] = 1_790_000_000,
            ["text"] = text,
        },
    };

    private async Task<HttpStatusCode> PostAsync(BotUnderTest bot, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, bot.BaseUrl + "/webhooks/telegram")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task Malformed_webhook_updates_are_answered_without_500_and_do_not_block_the_chat()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, "webhook", Secret);

        var noChat = TextUpdate(8001, 7001, "apakah asn boleh kampanye");
        noChat["message"]!.AsObject().Remove("chat");
        var noFrom = TextUpdate(8002, 7001, "apakah asn boleh kampanye");
        noFrom["message"]!.AsObject().Remove("from");
        var callbackNoFrom = new JsonObject
        {
            ["update_id"] = 8003,
            ["callback_query"] = new JsonObject { ["id"] = "cb", ["chat_instance"] = "ci", ["data"] = "pledge:status:Non-ASN" },
        };
        var noUpdateId = TextUpdate(1, 7001, "apakah asn boleh kampanye");
        noUpdateId.Remove("update_id");
        var twoMegabytes = TextUpdate(8004, 7001, new string('a', 2 * 1024 * 1024));

        // Acknowledged (Telegram would only resend them) but dropped; refused when there is no id to acknowledge or it is too large.
        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, noChat.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, noFrom.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, callbackNoFrom.ToJsonString()));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(bot, noUpdateId.ToJsonString()));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await PostAsync(bot, twoMegabytes.ToJsonString()));

        // The chat goes on, and its next update is answered.
        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, TextUpdate(8005, 7001, "halo").ToJsonString()));
        var replies = await _telegram.WaitForMessagesAsync(7001, 1);
        Assert.Single(replies);
        Assert.Empty(bot.Answerer.Questions); // "halo" is small talk; none of the dropped questions reached the answerer

        // A message without a sender never made the chat a user: the only subscriber row is the real sender's.
        var subscriber = await bot.Subscribers.FindAsync(Channel.Telegram, "7001");
        Assert.Equal("7001", subscriber!.UserId);
        Assert.DoesNotContain(bot.Logs.Lines, m => m.Contains("apakah asn", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Malformed_polled_updates_do_not_block_the_offset_or_the_chat()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        _telegram.EnqueueRaw(id => { var u = TextUpdate(id, 7101, "x"); u["message"]!.AsObject().Remove("chat"); return u; });
        _telegram.EnqueueRaw(id => { var u = TextUpdate(id, 7101, "x"); u["message"]!.AsObject().Remove("from"); return u; });
        _telegram.EnqueueText(7101, "halo");
        await _telegram.WaitForMessagesAsync(7101, 1);

        // Later updates keep flowing: the offset moved past the malformed ones.
        _telegram.EnqueueText(7102, "apakah asn boleh kampanye");
        Assert.Contains("DILARANG", (await _telegram.WaitForMessagesAsync(7102, 1))[0].Text);
        Assert.Single(_telegram.Sent, m => m.ChatId == 7101);
    }

    [Fact]
    public async Task A_poison_update_is_retried_boundedly_then_parked_and_its_chat_goes_on()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, "webhook", Secret);
        var database = bot.App.Services.GetRequiredService<SqliteDatabase>();
        await using (var connection = await database.OpenAsync())
        {
            // A row no parser can read (e.g. written by a broken release), ahead of the chat's next update.
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO telegram_inbox(update_id, chat_key, payload, received_at) VALUES (8100, '7201', X'7B6E6F74', '2029-01-01T00:00:00.0000000Z')";
            await insert.ExecuteNonQueryAsync();
        }

        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, TextUpdate(8101, 7201, "apakah asn boleh kampanye").ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, TextUpdate(8102, 7202, "apakah asn boleh kampanye").ToJsonString()));
        Assert.Contains("DILARANG", (await _telegram.WaitForMessagesAsync(7201, 1))[0].Text);
        Assert.Contains("DILARANG", (await _telegram.WaitForMessagesAsync(7202, 1))[0].Text);

        await using var check = await database.OpenAsync();
        await using var query = check.CreateCommand();
        query.CommandText = "SELECT update_id, attempts, parked_at IS NOT NULL FROM telegram_inbox";
        await using var reader = await query.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal((8100L, 3L, 1L), (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
        Assert.False(await reader.ReadAsync()); // everything else was completed
    }

    [Fact]
    public async Task A_chat_waiting_out_a_flood_limit_does_not_delay_other_chats()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        bot.Delay.Hold = TimeSpan.FromSeconds(30); // the injectable delay: this wait lasts until released, nothing sleeps
        _telegram.InjectFault(7301, new InjectedFault(429, "Too Many Requests: retry after 30", 30));
        _telegram.EnqueueText(7301, "halo");
        for (var waited = 0; !bot.Delay.Delays.Contains(TimeSpan.FromSeconds(30)); waited++)
        {
            Assert.True(waited < 750, "the flood wait never began");
            await Task.Delay(20);
        }

        // Chat 7301 is now waiting out its 30 s; others write after it.
        for (var chat = 7302; chat < 7312; chat++)
        {
            _telegram.EnqueueText(chat, "apakah asn boleh kampanye");
        }

        for (var chat = 7302; chat < 7312; chat++)
        {
            await _telegram.WaitForMessagesAsync(chat, 1);
        }

        // Ten other chats were answered while the first still waits for its 30 s.
        Assert.DoesNotContain(_telegram.Sent, m => m.ChatId == 7301);

        bot.Delay.ReleaseHeld();
        Assert.Single(await _telegram.WaitForMessagesAsync(7301, 1));
    }
}
