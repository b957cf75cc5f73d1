using NetralBot.Bot.Subscribers;

namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>Subscribers in SQLite.</summary>
public sealed class SqliteSubscriberStore(SqliteDatabase database) : ISubscriberStore
{
    /// <inheritdoc />
    public async Task TouchAsync(string channel, string chatId, string userId, DateTimeOffset seenAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO subscribers(channel, chat_id, user_id, is_active, last_seen_at, inactive_reason) VALUES ($c, $chat, $u, 1, $t, NULL)
            ON CONFLICT(channel, chat_id) DO UPDATE SET user_id = excluded.user_id, is_active = 1, last_seen_at = excluded.last_seen_at, inactive_reason = NULL
            WHERE subscribers.is_active = 0 OR subscribers.last_seen_at < $stale
            """;
        // Last-seen to the minute is enough; skipping the write on most turns saves a commit per update.
        command.Parameters.AddWithValue("$stale", SqliteValues.ToText(seenAt - TimeSpan.FromMinutes(1)));
        command.Parameters.AddWithValue("$c", channel);
        command.Parameters.AddWithValue("$chat", chatId);
        command.Parameters.AddWithValue("$u", userId);
        command.Parameters.AddWithValue("$t", SqliteValues.ToText(seenAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task MarkInactiveAsync(string channel, string chatId, string reason, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE subscribers SET is_active = 0, inactive_reason = $r WHERE channel = $c AND chat_id = $chat";
        command.Parameters.AddWithValue("$c", channel);
        command.Parameters.AddWithValue("$chat", chatId);
        command.Parameters.AddWithValue("$r", reason);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Subscriber?> FindAsync(string channel, string chatId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT channel, chat_id, user_id, is_active, last_seen_at, inactive_reason FROM subscribers WHERE channel = $c AND chat_id = $chat";
        command.Parameters.AddWithValue("$c", channel);
        command.Parameters.AddWithValue("$chat", chatId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new Subscriber(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetInt64(3) == 1,
            SqliteValues.ToTime(reader.GetString(4)),
            reader.IsDBNull(5) ? null : reader.GetString(5));
    }
}
