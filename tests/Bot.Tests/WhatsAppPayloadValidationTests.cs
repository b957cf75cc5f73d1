using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Channels;
using NetralBot.Bot.Channels.WhatsApp;
using NetralBot.Bot.Common;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

/// <summary>One signed payload with bad elements must not stop the inbox, nor any user, also across restarts.</summary>
public sealed class WhatsAppPayloadValidationTests : IAsyncLifetime
{
    private const string User = "6281234567890";
    private const string Other = "6281299998888";
    private FakeGraphApiServer _graph = null!;
    private readonly TestContent _content = new();

    public async Task InitializeAsync() => _graph = await FakeGraphApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _graph.DisposeAsync();
        _content.Dispose();
    }

    public static TheoryData<string, int, int, int> Shapes => new()
    {
        { """{"entry":[{"changes":[{"value":{"messages":[null]}}]}]}""", 0, 0, 1 },
        { """{"entry":[{"changes":[{"value":{"statuses":[null]}}]}]}""", 0, 0, 1 },
        { """{"entry":[{"changes":[{"value":{"statuses":[{"id":"wamid.s","status":"failed","recipient_id":"6281234567890","errors":[null]}]}}]}]}""", 0, 1, 1 },
        { """{"entry":[null,{"changes":[null,{"value":null},{"value":{"messages":[null,{"from":"6281234567890","id":"wamid.ok","type":"text","text":{"body":"x"}},{"id":"wamid.nofrom","type":"text"},{"from":"6281234567890","type":"text"}],"statuses":[{"status":"read"},{"id":"wamid.s","status":"read"}]}}]}]}""", 1, 1, 7 },
        { """{"entry":[{"changes":[{"value":{"messages":"nope"}}]}]}""", 0, 0, 1 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_element_is_checked_and_only_valid_ones_are_kept_with_problems_named_by_position(string json, int messages, int statuses, int problems)
    {
        var result = WhatsAppPayloadValidator.Validate(Encoding.UTF8.GetBytes(json));
        Assert.Equal(messages, result.Messages.Count);
        Assert.Equal(statuses, result.Statuses.Count);
        Assert.Equal(problems, result.Problems.Count);
        Assert.All(result.Statuses, s => Assert.All(s.Errors ?? [], e => Assert.NotNull(e)));
        Assert.DoesNotContain(result.Problems, p => p.Contains(User, StringComparison.Ordinal)); // no phone numbers in what is logged
    }

    [Theory]
    [InlineData("""{"entry":[{"changes":[{"value":{"messages":[null]}}]}]}""")]
    [InlineData("""{"entry":[{"changes":[{"value":{"statuses":[null]}}]}]}""")]
    [InlineData("""{"entry":[{"changes":[{"value":{"statuses":[{"id":"wamid.s","status":"failed","recipient_id":"6281234567890","errors":[null]}]}}]}]}""")]
    public async Task A_payload_with_null_elements_is_acknowledged_and_later_messages_are_answered(string json)
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content);
        await bot.DeliverAsync(JsonNode.Parse(json)!.AsObject());
        await bot.DeliverAsync(WhatsAppPayloads.Text(User, "masih dijawab"));
        await _graph.WaitForMessagesAsync(User, 1);
        Assert.Equal(["masih dijawab"], bot.Answerer.Questions);
        await WhatsAppWebhookTests.WaitUntilAsync(async () => await CountRowsAsync() == 0);
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Contains("Reading the WhatsApp inbox failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_rows_stored_before_a_restart_do_not_stop_the_inbox_after_it()
    {
        // Rows as an earlier version stored them, unvalidated, next to good ones.
        await using (var stopped = await WhatsAppBotUnderTest.StartAsync(_graph, _content, processInbox: false))
        {
            foreach (var json in new[]
            {
                """{"entry":[{"changes":[{"value":{"messages":[null]}}]}]}""",
                """{"entry":[{"changes":[{"value":{"statuses":[null]}}]}]}""",
                """{"entry":[{"changes":[{"value":{"statuses":[{"id":"wamid.s","status":"failed","recipient_id":"6281234567890","errors":[null]}]}}]}]}""",
                """{"entry":"not a list"}""",
            })
            {
                await stopped.Inbox.AddAsync(Encoding.UTF8.GetBytes(json), DateTimeOffset.UtcNow);
            }

            var mixed = WhatsAppPayloads.Text(User, "pertama");
            ((JsonArray)mixed["entry"]![0]!["changes"]![0]!["value"]!["messages"]!).Insert(0, null);
            mixed["entry"]![0]!["changes"]![0]!["value"]!["statuses"] = new JsonArray((JsonNode?)null);
            await stopped.Inbox.AddAsync(Encoding.UTF8.GetBytes(mixed.ToJsonString()), DateTimeOffset.UtcNow);
            await stopped.Inbox.AddAsync(Encoding.UTF8.GetBytes(WhatsAppPayloads.Text(Other, "kedua").ToJsonString()), DateTimeOffset.UtcNow);
        }

        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content);
        await _graph.WaitForMessagesAsync(User, 1);
        await _graph.WaitForMessagesAsync(Other, 1);
        await WhatsAppWebhookTests.WaitUntilAsync(async () => await CountRowsAsync() == 0);
        Assert.Equal(["kedua", "pertama"], bot.Answerer.Questions.Order());
    }

    [Fact]
    public async Task A_payload_that_keeps_failing_is_parked_after_bounded_attempts_and_blocks_no_one()
    {
        var poison = WhatsAppPayloads.NewMessageId();
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content, configureServices: services =>
        {
            services.AddSingleton(new WhatsAppInboxOptions(TimeSpan.FromMilliseconds(50)));
            services.AddSingleton<IProcessedMessageStore>(sp => new PoisonedProcessedMessageStore(new ProcessedIdStore(sp.GetRequiredService<SqliteDatabase>()), poison));
        });
        await bot.DeliverAsync(WhatsAppPayloads.Text(User, "racun", poison));
        await bot.DeliverAsync(WhatsAppPayloads.Text(User, "sesudahnya"));
        await bot.DeliverAsync(WhatsAppPayloads.Text(Other, "orang lain"));

        await _graph.WaitForMessagesAsync(Other, 1);
        await _graph.WaitForMessagesAsync(User, 1); // the later message, once the poisoned payload is parked
        Assert.DoesNotContain("racun", bot.Answerer.Questions);
        await WhatsAppWebhookTests.WaitUntilAsync(async () => (await bot.Inbox.PendingAsync(10)).Count == 0);
        Assert.Equal(1, await CountRowsAsync()); // kept for inspection
        Assert.Equal(IWhatsAppInbox.MaxAttempts, await ScalarAsync("SELECT attempts FROM whatsapp_inbox"));
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Contains(User, StringComparison.Ordinal) || line.Contains("racun", StringComparison.Ordinal));
    }

    private Task<long> CountRowsAsync() => ScalarAsync("SELECT COUNT(*) FROM whatsapp_inbox");

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection("Data Source=" + _content.DatabasePath + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class PoisonedProcessedMessageStore(IProcessedMessageStore inner, string poison) : IProcessedMessageStore
    {
        public Task<bool> TryMarkAsync(Channel channel, string messageId, DateTimeOffset receivedAt, string? legacyId = null, CancellationToken cancellationToken = default) =>
            messageId == WhatsAppMessageIdDigest.Of(poison)
                ? throw new InvalidOperationException("simulated failure")
                : inner.TryMarkAsync(channel, messageId, receivedAt, legacyId, cancellationToken);

        public Task UnmarkAsync(Channel channel, string messageId, CancellationToken cancellationToken = default) => inner.UnmarkAsync(channel, messageId, cancellationToken);

        public Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default) => inner.PruneAsync(olderThan, cancellationToken);
    }
}
