using System.Data.Common;
using System.Threading.Channels;
using Dapper;
using NetralBot.Bot.Channels.Telegram;

namespace NetralBot.Bot.Storage;

/// <summary>
/// The Telegram inbox (table <c>telegram_inbox</c>, marks in <c>processed_updates</c>). Adds and completions go through
/// one writer that commits whatever concurrent callers queued in a single transaction, and no caller returns before
/// <see cref="StoreDatabase.FlushAsync"/> has put it on disk: one flush serves many updates and the turns committed
/// before them (group commit); on SQLite it happens outside the write lock.
/// </summary>
internal sealed class TelegramInbox : ITelegramInbox, IAsyncDisposable
{
    private const int MaxBatch = 512;
    private readonly StoreDatabase _database;
    private readonly Channel<Work> _queue = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    /// <summary>Starts the writer.</summary>
    public TelegramInbox(StoreDatabase database)
    {
        _database = database;
        // No flow: the writer must never inherit a caller's scope (BeginTurn).
        using (ExecutionContext.SuppressFlow())
        {
            _writer = Task.Run(WriteAsync);
        }
    }

    public int ParallelTurns => _database.ConcurrentWriters;

    public Task<int> AddAsync(IReadOnlyList<TelegramInboxEntry> entries, CancellationToken cancellationToken = default) => Enqueue(new Work(entries, null));

    public Task CompleteAsync(long id, CancellationToken cancellationToken = default) => Enqueue(new Work(null, id));

    public IDisposable BeginTurn() => _database.DeferFlush();

    public async Task<IReadOnlyList<TelegramInboxItem>> PendingAsync(long afterId, int limit, CancellationToken cancellationToken = default) =>
        await _database.QueryAsync(
            "SELECT id, update_id, chat_key, payload, attempts FROM telegram_inbox WHERE id > @afterId AND parked_at IS NULL ORDER BY id LIMIT @limit",
            new { afterId, limit },
            reader => new TelegramInboxItem(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), (byte[])reader.GetValue(3), Convert.ToInt32(reader.GetValue(4), System.Globalization.CultureInfo.InvariantCulture)),
            cancellationToken);

    public Task<bool> FailAsync(long id, string error, CancellationToken cancellationToken = default) =>
        _database.ScalarAsync<bool>(
            """
            UPDATE telegram_inbox SET attempts = attempts + 1, last_error = @error,
                parked_at = CASE WHEN attempts + 1 >= @max THEN @now ELSE NULL END
            WHERE id = @id RETURNING parked_at IS NOT NULL
            """,
            new { id, error, max = ITelegramInbox.MaxAttempts, now = _database.Time(DateTimeOffset.UtcNow) },
            cancellationToken);

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private Task<int> Enqueue(Work work) =>
        _queue.Writer.TryWrite(work) ? work.Done.Task : throw new ObjectDisposedException(nameof(TelegramInbox));

    private async Task WriteAsync()
    {
        var batch = new List<Work>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var work))
            {
                batch.Add(work);
            }

            try
            {
                int[] results;
                using (_database.DeferFlush())
                {
                    results = await CommitAsync(batch);
                }

                // The next batch may commit while this one is being flushed.
                _ = ReportWhenDurableAsync([.. batch], results);
            }
            catch (Exception exception)
            {
                Fail(batch, exception);
            }

            batch.Clear();
        }
    }

    private async Task ReportWhenDurableAsync(Work[] batch, int[] results)
    {
        try
        {
            await _database.FlushAsync();
            for (var i = 0; i < batch.Length; i++)
            {
                batch[i].Done.TrySetResult(results[i]);
            }
        }
        catch (Exception exception)
        {
            Fail(batch, exception);
        }
    }

    private static void Fail(IEnumerable<Work> batch, Exception exception)
    {
        foreach (var work in batch)
        {
            work.Done.TrySetException(exception);
        }
    }

    private async Task<int[]> CommitAsync(List<Work> batch)
    {
        await using var connection = await _database.OpenConnectionAsync();
        await using var transaction = await _database.BeginWriteAsync(connection, CancellationToken.None);
        var results = new int[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            if (batch[i].CompleteId is { } id)
            {
                await connection.ExecuteAsync("DELETE FROM telegram_inbox WHERE id = @id", new { id }, transaction);
                continue;
            }

            foreach (var entry in batch[i].Entries!)
            {
                results[i] += await AddOneAsync(connection, transaction, entry);
            }
        }

        await transaction.CommitAsync();
        return results;
    }

    /// <summary>The mark and the row, or neither when the update id was seen before (a redelivery).</summary>
    private async Task<int> AddOneAsync(DbConnection connection, DbTransaction transaction, TelegramInboxEntry entry)
    {
        var at = _database.Time(entry.ReceivedAt);
        var marked = await connection.ExecuteAsync(
            "INSERT INTO processed_updates(channel, update_id, received_at) VALUES ('telegram', @UpdateId, @at) ON CONFLICT DO NOTHING",
            new { entry.UpdateId, at },
            transaction);
        if (marked == 0)
        {
            return 0;
        }

        await connection.ExecuteAsync(
            "INSERT INTO telegram_inbox(update_id, chat_key, payload, received_at) VALUES (@UpdateId, @ChatKey, @Payload, @at)",
            new { entry.UpdateId, entry.ChatKey, entry.Payload, at },
            transaction);
        return 1;
    }

    private sealed record Work(IReadOnlyList<TelegramInboxEntry>? Entries, long? CompleteId)
    {
        public TaskCompletionSource<int> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
