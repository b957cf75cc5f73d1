using NetralBot.Bot.Subscribers;
using NetralBot.Knowledge.Calendar;

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
        // opted_out_at is deliberately not touched: writing to the bot again undoes a block (403), never a /berhenti.
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
        command.CommandText = "SELECT channel, chat_id, user_id, is_active, last_seen_at, inactive_reason, opted_out_at, time_zone FROM subscribers WHERE channel = $c AND chat_id = $chat";
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
            reader.IsDBNull(5) ? null : reader.GetString(5),
            reader.IsDBNull(6) ? null : SqliteValues.ToTime(reader.GetString(6)),
            !reader.IsDBNull(7) && IndonesianTimeZones.TryParse(reader.GetString(7), out var zone) ? zone : null);
    }

    /// <inheritdoc />
    public async Task<bool> SetOptedOutAsync(
        string channel, string chatId, string userId, DateTimeOffset seenAt, DateTimeOffset? optedOutAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT opted_out_at IS NOT NULL FROM subscribers WHERE channel = $c AND chat_id = $chat";
        read.Parameters.AddWithValue("$c", channel);
        read.Parameters.AddWithValue("$chat", chatId);
        var wasOptedOut = await read.ExecuteScalarAsync(cancellationToken) is long flag && flag == 1;
        if (wasOptedOut == optedOutAt.HasValue)
        {
            return false;
        }

        await using var write = connection.CreateCommand();
        write.Transaction = transaction;
        write.CommandText = """
            INSERT INTO subscribers(channel, chat_id, user_id, is_active, last_seen_at, inactive_reason, opted_out_at) VALUES ($c, $chat, $u, 1, $t, NULL, $o)
            ON CONFLICT(channel, chat_id) DO UPDATE SET opted_out_at = excluded.opted_out_at
            """;
        write.Parameters.AddWithValue("$c", channel);
        write.Parameters.AddWithValue("$chat", chatId);
        write.Parameters.AddWithValue("$u", userId);
        write.Parameters.AddWithValue("$t", SqliteValues.ToText(seenAt));
        write.Parameters.AddWithValue("$o", optedOutAt is { } at ? (object)SqliteValues.ToText(at) : DBNull.Value);
        await write.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public async Task SetTimeZoneAsync(
        string channel, string chatId, string userId, DateTimeOffset seenAt, IndonesianTimeZone zone, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Stored as the abbreviation (WIB, WITA, WIT): the form the recipient query and admins read.
        command.CommandText = """
            INSERT INTO subscribers(channel, chat_id, user_id, is_active, last_seen_at, inactive_reason, time_zone) VALUES ($c, $chat, $u, 1, $t, NULL, $z)
            ON CONFLICT(channel, chat_id) DO UPDATE SET time_zone = excluded.time_zone
            """;
        command.Parameters.AddWithValue("$c", channel);
        command.Parameters.AddWithValue("$chat", chatId);
        command.Parameters.AddWithValue("$u", userId);
        command.Parameters.AddWithValue("$t", SqliteValues.ToText(seenAt));
        command.Parameters.AddWithValue("$z", zone.Abbreviation());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
