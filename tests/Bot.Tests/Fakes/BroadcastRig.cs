using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NetralBot.Bot.Admin;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Channels.Telegram;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Storage.Sqlite;

namespace NetralBot.Bot.Tests.Fakes;

/// <summary>The broadcast engine over a temp SQLite file and the fake Telegram API, without the web host.</summary>
public sealed class BroadcastRig : IDisposable
{
    public const string ElectionId = "uji-2029";

    private readonly HttpClient _http = new();

    public BroadcastRig(FakeTelegramServer telegram, TestContent content)
    {
        Database = new SqliteDatabase(new SqliteOptions(content.DatabasePath, "NORMAL"));
        Database.Migrate();
        Store = new SqliteBroadcastStore(Database);
        Subscribers = new SqliteSubscriberStore(Database);
        Audit = new SqliteAuditLog(Database);
        Pledges = new SqlitePledgeStore(Database);
        Client = new TelegramApiClient(
            _http,
            new TelegramOptions(FakeTelegramServer.Token, telegram.BaseUrl, TelegramMode.Polling, null, null, 1),
            TelegramRetryOptions.Default with { MaxAttempts = 1 }, // as in serve: the sender retries
            Delay,
            NullLogger<TelegramApiClient>.Instance);
        Queue = new BroadcastQueue(Store, Audit, new PledgeOptions(ElectionId), TimeProvider.System);
    }

    public SqliteDatabase Database { get; }

    public SqliteBroadcastStore Store { get; }

    public SqliteSubscriberStore Subscribers { get; }

    public SqliteAuditLog Audit { get; }

    public SqlitePledgeStore Pledges { get; }

    public RecordingRetryDelay Delay { get; } = new();

    public TelegramApiClient Client { get; }

    public BroadcastQueue Queue { get; }

    public BroadcastSender NewSender(double rate = 100_000, int workers = 16) =>
        new(Store, Client, Subscribers, new BroadcastOptions(rate, TimeSpan.FromSeconds(1), workers, TimeSpan.FromMilliseconds(50)), TelegramRetryOptions.Default, Delay, TimeProvider.System, NullLogger<BroadcastSender>.Instance);

    /// <summary>Adds active Telegram subscribers with chat ids first..first+count-1 in one transaction.</summary>
    public void AddSubscribers(long first, int count)
    {
        using var connection = Database.OpenAsync().GetAwaiter().GetResult();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO subscribers(channel, chat_id, user_id, is_active, last_seen_at) VALUES ('telegram', $id, $id, 1, '2029-01-01T00:00:00.0000000Z')";
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
            ElectionId, "NB-" + userId, "Nama " + userId, EmploymentStatus.NonAsn, null, agency, "Unit", "telegram",
            userId.ToString(System.Globalization.CultureInfo.InvariantCulture), "uji-1", "abc", DateTimeOffset.UtcNow));

    public void Dispose() => _http.Dispose();
}
