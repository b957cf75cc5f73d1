using NetralBot.Bot.Subscribers;
using NetralBot.Knowledge.Calendar;
using Npgsql;
using NpgsqlTypes;

namespace NetralBot.Bot.Storage.Postgres;

/// <summary>Subscribers in PostgreSQL.</summary>
public sealed class PostgresSubscriberStore(PostgresDatabase database) : ISubscriberStore
{
    /// <inheritdoc />
    public async Task TouchAsync(string channel, string chatId, string userId, DateTimeOffset seenAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // opted_out_at is deliberately not touched: writing to the bot again undoes a block (403), never a /berhenti.
        // Last-seen to the minute is enough; skipping the write on most turns saves a commit per update.
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO subscribers(channel, chat_id, user_id, is_active, last_seen_at, inactive_reason) VALUES (@c, @chat, @u, TRUE, @t, NULL)
            ON CONFLICT(channel, chat_id) DO UPDATE SET user_id = excluded.user_id, is_active = TRUE, last_seen_at = excluded.last_seen_at, inactive_reason = NULL
            WHERE NOT subscribers.is_active OR subscribers.last_seen_at < @stale
            """,
            connection);
        command.Parameters.AddWithValue("stale", PostgresValues.Utc(seenAt - TimeSpan.FromMinutes(1)));
        command.Parameters.AddWithValue("c", channel);
        command.Parameters.AddWithValue("chat", chatId);
        command.Parameters.AddWithValue("u", userId);
        command.Parameters.AddWithValue("t", PostgresValues.Utc(seenAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task MarkInactiveAsync(string channel, string chatId, string reason, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("UPDATE subscribers SET is_active = FALSE, inactive_reason = @r WHERE channel = @c AND chat_id = @chat", connection);
        command.Parameters.AddWithValue("c", channel);
        command.Parameters.AddWithValue("chat", chatId);
        command.Parameters.AddWithValue("r", reason);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Subscriber?> FindAsync(string channel, string chatId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT channel, chat_id, user_id, is_active, last_seen_at, inactive_reason, opted_out_at, time_zone FROM subscribers WHERE channel = @c AND chat_id = @chat",
            connection);
        command.Parameters.AddWithValue("c", channel);
        command.Parameters.AddWithValue("chat", chatId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new Subscriber(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetBoolean(3),
            reader.GetFieldValue<DateTimeOffset>(4),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
            !reader.IsDBNull(7) && IndonesianTimeZones.TryParse(reader.GetString(7), out var zone) ? zone : null);
    }

    /// <inheritdoc />
    public async Task<bool> SetOptedOutAsync(
        string channel, string chatId, string userId, DateTimeOffset seenAt, DateTimeOffset? optedOutAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // FOR UPDATE: two instances handling /berhenti and /mulai of one chat at once see each other's result.
        await using var read = new NpgsqlCommand("SELECT opted_out_at IS NOT NULL FROM subscribers WHERE channel = @c AND chat_id = @chat FOR UPDATE", connection, transaction);
        read.Parameters.AddWithValue("c", channel);
        read.Parameters.AddWithValue("chat", chatId);
        var wasOptedOut = await read.ExecuteScalarAsync(cancellationToken) is true;
        if (wasOptedOut == optedOutAt.HasValue)
        {
            return false;
        }

        await using var write = new NpgsqlCommand(
            """
            INSERT INTO subscribers(channel, chat_id, user_id, is_active, last_seen_at, inactive_reason, opted_out_at) VALUES (@c, @chat, @u, TRUE, @t, NULL, @o)
            ON CONFLICT(channel, chat_id) DO UPDATE SET opted_out_at = excluded.opted_out_at
            """,
            connection,
            transaction);
        write.Parameters.AddWithValue("c", channel);
        write.Parameters.AddWithValue("chat", chatId);
        write.Parameters.AddWithValue("u", userId);
        write.Parameters.AddWithValue("t", PostgresValues.Utc(seenAt));
        write.Parameters.AddWithValue("o", NpgsqlDbType.TimestampTz, PostgresValues.Utc(optedOutAt));
        await write.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public async Task SetTimeZoneAsync(
        string channel, string chatId, string userId, DateTimeOffset seenAt, IndonesianTimeZone zone, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Stored as the abbreviation (WIB, WITA, WIT): the form the recipient query and admins read.
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO subscribers(channel, chat_id, user_id, is_active, last_seen_at, inactive_reason, time_zone) VALUES (@c, @chat, @u, TRUE, @t, NULL, @z)
            ON CONFLICT(channel, chat_id) DO UPDATE SET time_zone = excluded.time_zone
            """,
            connection);
        command.Parameters.AddWithValue("c", channel);
        command.Parameters.AddWithValue("chat", chatId);
        command.Parameters.AddWithValue("u", userId);
        command.Parameters.AddWithValue("t", PostgresValues.Utc(seenAt));
        command.Parameters.AddWithValue("z", zone.Abbreviation());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
