using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Channels.Telegram;
using NetralBot.Bot.Common;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Sqlite;

namespace NetralBot.Bot.Tests.Fakes;

/// <summary>The broadcast engine over a temp SQLite file and the fake Telegram API, without the web host.</summary>
internal sealed class BroadcastRig : IDisposable
{
    public const string ElectionId = "uji-2029";

    private readonly HttpClient _http = new();
    private readonly TelegramOptions _telegram;

    public BroadcastRig(FakeTelegramServer telegram, TestContent content)
    {
        _telegram = new TelegramOptions(FakeTelegramServer.Token, telegram.BaseUrl, TelegramMode.Polling, null, null, 1);
        Database = new SqliteDatabase(new SqliteOptions(content.DatabasePath, "NORMAL"));
        Database.Migrate();
        Store = new BroadcastStore(Database);
        Subscribers = new SubscriberStore(Database);
        Audit = new AuditLog(Database);
        Pledges = new PledgeStore(Database);
        Client = new TelegramApiClient(_http, _telegram, TelegramRetryOptions.Default, Delay, NullLogger<TelegramApiClient>.Instance);
        Queue = new BroadcastQueue(Store, Audit, new PledgeOptions(ElectionId), TimeProvider.System);
    }

    public SqliteDatabase Database { get; }

    public BroadcastStore Store { get; }

    public SubscriberStore Subscribers { get; }

    public AuditLog Audit { get; }

    public PledgeStore Pledges { get; }

    public RecordingRetryDelay Delay { get; } = new();

    /// <summary>The ordinary (retrying) client, as the admin notifier uses it.</summary>
    public TelegramApiClient Client { get; }

    public BroadcastQueue Queue { get; }

    /// <summary>
    /// A sender as <c>serve</c> builds it: the Telegram adapter (one attempt per send, at <paramref name="rate"/>/s and
    /// 1 s per chat) plus <paramref name="otherChannels"/>, and the Telegram admin notifier plus <paramref name="otherNotifiers"/>.
    /// </summary>
    public BroadcastSender NewSender(
        double rate = 100_000, int workers = 16, IReadOnlyList<IBroadcastChannel>? otherChannels = null, IReadOnlyList<IAdminNotifier>? otherNotifiers = null)
    {
        var options = new BroadcastOptions(rate, TimeSpan.FromSeconds(1), workers, TimeSpan.FromMilliseconds(50));
        var telegram = NewTelegramChannel(options);
        return new BroadcastSender(
            Store,
            [telegram, .. otherChannels ?? []],
            [new TelegramAdminNotifier(Client), .. otherNotifiers ?? []],
            Subscribers,
            options,
            BroadcastRetryOptions.Default,
            Delay,
            TimeProvider.System,
            NullLogger<BroadcastSender>.Instance);
    }

    /// <summary>The Telegram adapter as <c>serve</c> builds it, against the fake API or <paramref name="apiBaseUrl"/>.</summary>
    public TelegramBroadcastChannel NewTelegramChannel(BroadcastOptions? options = null, string? apiBaseUrl = null) =>
        new(
            _http,
            apiBaseUrl is null ? _telegram : _telegram with { ApiBaseUrl = apiBaseUrl },
            TelegramRetryOptions.Default,
            Delay,
            options ?? BroadcastOptions.Default,
            NullLogger<TelegramApiClient>.Instance);

    /// <summary>Adds active Telegram subscribers with chat ids first..first+count-1 in one transaction.</summary>
    public void AddSubscribers(long first, int count) => AddSubscribers(Channel.Telegram, first, count);

    /// <summary>Adds active subscribers of <paramref name="channel"/> with chat ids first..first+count-1 in one transaction.</summary>
    public void AddSubscribers(Channel channel, long first, int count)
    {
        using var connection = Database.OpenAsync().GetAwaiter().GetResult();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO subscribers(channel, chat_id, user_id, is_active, last_seen_at) VALUES ($channel, $id, $id, 1, '2029-01-01T00:00:00.0000000Z')";
        command.Parameters.AddWithValue("$channel", channel.Name);
        var id = command.Parameters.Add("$id", SqliteType.Text);
        for (var chat = first; chat < first + count; chat++)
        {
            id.Value = chat.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public Task PledgeAsync(long userId, string agency) =>
        Pledges.SaveAsync(new Pledge(
            ElectionId, "NB-" + userId, "Nama " + userId, EmploymentStatus.NonAsn, null, agency, "Unit", Channel.Telegram,
            userId.ToString(System.Globalization.CultureInfo.InvariantCulture), "uji-1", "abc", DateTimeOffset.UtcNow));

    public void Dispose() => _http.Dispose();
}
