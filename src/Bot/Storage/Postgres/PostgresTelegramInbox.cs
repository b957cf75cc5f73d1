using NetralBot.Bot.Channels.Telegram;
using Npgsql;

namespace NetralBot.Bot.Storage.Postgres;

/// <summary>
/// The Telegram inbox in PostgreSQL (table <c>telegram_inbox</c>, marks in <c>processed_updates</c>). Every instance
/// inserts here; the instance holding the inbox lease processes. The server already shares one WAL flush among
/// concurrent commits, so each call simply commits its own transaction.
/// </summary>
public sealed class PostgresTelegramInbox(PostgresDatabase database) : ITelegramInbox
{
    /// <inheritdoc />
    /// <remarks>Row locks, not one file lock: turns of different chats overlap their round trips to the server.</remarks>
    public int ParallelTurns => 32;

    /// <inheritdoc />
    public async Task<int> AddAsync(IReadOnlyList<TelegramInboxEntry> entries, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var added = 0;
        foreach (var entry in entries)
        {
            // One statement: the mark and the row, or neither when the id was seen before.
            await using var command = new NpgsqlCommand("""
                WITH mark AS (
                    INSERT INTO processed_updates(channel, update_id, received_at) VALUES ('telegram', @u, @t)
                    ON CONFLICT DO NOTHING RETURNING update_id)
                INSERT INTO telegram_inbox(update_id, chat_key, payload, received_at)
                SELECT update_id, @k, @p, @t FROM mark
                """, connection, transaction);
            command.Parameters.AddWithValue("u", entry.UpdateId);
            command.Parameters.AddWithValue("t", PostgresValues.Utc(entry.ReceivedAt));
            command.Parameters.AddWithValue("k", entry.ChatKey);
            command.Parameters.AddWithValue("p", entry.Payload);
            added += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TelegramInboxItem>> PendingAsync(long afterId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT id, update_id, chat_key, payload, attempts FROM telegram_inbox WHERE id > @after AND parked_at IS NULL ORDER BY id LIMIT @limit", connection);
        command.Parameters.AddWithValue("after", afterId);
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<TelegramInboxItem>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new TelegramInboxItem(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetFieldValue<byte[]>(3), reader.GetInt32(4)));
        }

        return items;
    }

    /// <inheritdoc />
    /// <remarks>Nothing to defer: every store commit here is flushed by the server, shared with concurrent commits.</remarks>
    public IDisposable BeginTurn() => NoScope.Instance;

    /// <inheritdoc />
    public async Task CompleteAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM telegram_inbox WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> FailAsync(long id, string error, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            UPDATE telegram_inbox SET attempts = attempts + 1, last_error = @e,
                parked_at = CASE WHEN attempts + 1 >= @max THEN now() ELSE NULL END
            WHERE id = @id RETURNING parked_at IS NOT NULL
            """, connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("e", error);
        command.Parameters.AddWithValue("max", ITelegramInbox.MaxAttempts);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    private sealed class NoScope : IDisposable
    {
        public static readonly NoScope Instance = new();

        public void Dispose()
        {
        }
    }
}
