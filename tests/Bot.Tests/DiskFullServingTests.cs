using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Subscribers;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Tests;

/// <summary>A full disk while serving: /healthz says so with 503, and a user who writes gets a polite reply, not silence.</summary>
public sealed class DiskFullServingTests : IAsyncLifetime
{
    private const int PageCap = 1500;
    private FakeTelegramServer _telegram = null!;
    private FakeGraphApiServer _graph = null!;
    private readonly TestContent _content = new();
    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        _telegram = await FakeTelegramServer.StartAsync();
        _graph = await FakeGraphApiServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _telegram.DisposeAsync();
        await _graph.DisposeAsync();
        _content.Dispose();
    }

    [Fact]
    public async Task Healthz_turns_503_with_the_reason_when_the_database_is_full()
    {
        // Simulated with PRAGMA max_page_count (Storage:Sqlite:MaxPageCount): the file may not grow beyond the cap.
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, extra: new Dictionary<string, string?> { ["Storage:Sqlite:MaxPageCount"] = PageCap.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal("ok", await _http.GetStringAsync(bot.BaseUrl + "/healthz"));

        FillToTheCap();
        using var response = await _http.GetAsync(bot.BaseUrl + "/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("penuh", body);
        Assert.Contains(_content.DatabasePath, body);
    }

    [Fact]
    public async Task A_telegram_user_gets_a_polite_reply_when_the_write_fails_for_a_full_disk()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, extra: null, configure: services =>
            services.AddSingleton<ISubscriberStore>(sp => new FullDiskSubscriberStore(new NetralBot.Bot.Storage.SubscriberStore(sp.GetRequiredService<NetralBot.Bot.Storage.StoreDatabase>()))));
        _telegram.EnqueueText(501, "halo");
        var reply = Assert.Single(await _telegram.WaitForMessagesAsync(501, 1));
        Assert.Equal(BotTexts.StorageUnavailable, reply.Text);
        Assert.Empty(bot.Answerer.Questions);
    }

    [Fact]
    public async Task A_whatsapp_user_gets_a_polite_reply_when_the_write_fails_for_a_full_disk()
    {
        const string User = "6281234567890";
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content, configureServices: services =>
            services.AddSingleton<ISubscriberStore>(sp => new FullDiskSubscriberStore(new NetralBot.Bot.Storage.SubscriberStore(sp.GetRequiredService<NetralBot.Bot.Storage.StoreDatabase>()))));
        await bot.DeliverAsync(WhatsAppPayloads.Text(User, "halo"));
        var reply = Assert.Single(await _graph.WaitForMessagesAsync(User, 1));
        Assert.Equal(BotTexts.StorageUnavailable, reply.Text);
    }

    /// <summary>Fills the file up to the cap with a connection of its own (max_page_count is per connection).</summary>
    private void FillToTheCap()
    {
        using var connection = new SqliteConnection($"Data Source={_content.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA max_page_count = {PageCap}; CREATE TABLE IF NOT EXISTS filler (b BLOB);";
        command.ExecuteNonQuery();
        foreach (var size in new[] { 256 * 1024, 16 * 1024, 1024, 64 })
        {
            while (true)
            {
                command.CommandText = $"INSERT INTO filler VALUES (zeroblob({size}))";
                try
                {
                    command.ExecuteNonQuery();
                }
                catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteFailures.Full)
                {
                    break;
                }
            }
        }
    }

    /// <summary>A store whose writes fail as SQLite fails on a full disk (the real exception type and code).</summary>
    private sealed class FullDiskSubscriberStore(ISubscriberStore inner) : ISubscriberStore
    {
        public Task TouchAsync(Channel channel, string chatId, string userId, DateTimeOffset seenAt, CancellationToken cancellationToken = default) =>
            throw new SqliteException("SQLite Error 13: 'database or disk is full'.", SqliteFailures.Full);

        public Task MarkInactiveAsync(Channel channel, string chatId, string reason, CancellationToken cancellationToken = default) =>
            inner.MarkInactiveAsync(channel, chatId, reason, cancellationToken);

        public Task<Subscriber?> FindAsync(Channel channel, string chatId, CancellationToken cancellationToken = default) =>
            inner.FindAsync(channel, chatId, cancellationToken);

        public Task<bool> SetOptedOutAsync(Channel channel, string chatId, string userId, DateTimeOffset seenAt, DateTimeOffset? optedOutAt, CancellationToken cancellationToken = default) =>
            inner.SetOptedOutAsync(channel, chatId, userId, seenAt, optedOutAt, cancellationToken);

        public Task SetTimeZoneAsync(Channel channel, string chatId, string userId, DateTimeOffset seenAt, IndonesianTimeZone zone, CancellationToken cancellationToken = default) =>
            inner.SetTimeZoneAsync(channel, chatId, userId, seenAt, zone, cancellationToken);
    }
}
