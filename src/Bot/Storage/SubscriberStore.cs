using Dapper;
using NetralBot.Bot.Common;
using NetralBot.Bot.Subscribers;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Storage;

/// <summary>Subscribers: who talked to the bot, whether they can be reached, opt-out and time zone.</summary>
internal sealed class SubscriberStore(StoreDatabase database) : ISubscriberStore
{
    // A chat that writes first through /berhenti or /zona is a new, active subscriber too.
    private string InsertNew(string column) => $"""
        INSERT INTO subscribers(channel, chat_id, user_id, is_active, last_seen_at, inactive_reason, {column}) VALUES (@channel, @chatId, @userId, {database.True}, @at, NULL, @value)
        ON CONFLICT(channel, chat_id) DO UPDATE SET {column} = excluded.{column}
        """;

    public async Task TouchAsync(Channel channel, string chatId, string userId, DateTimeOffset seenAt, CancellationToken cancellationToken = default)
    {
        var stale = database.Time(seenAt - TimeSpan.FromMinutes(1));
        await using var connection = await database.OpenConnectionAsync(cancellationToken);

        // Most turns come from an active subscriber seen within the minute, who needs no write. Reading first is much
        // cheaper than the upsert, whose prepare also compiles the table's triggers (statistics counters, checks).
        var current = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"""
            SELECT COUNT(*) FROM subscribers WHERE channel = @channel AND chat_id = @chatId AND user_id = @userId
            AND is_active = {database.True} AND last_seen_at >= @stale
            """,
            new { channel = channel.Name, chatId, userId, stale },
            cancellationToken: cancellationToken));
        if (current > 0)
        {
            return;
        }

        // opted_out_at is deliberately not touched: writing to the bot again undoes a block (403), never a /berhenti.
        // Last-seen to the minute is enough; skipping the write on most turns saves a commit per update.
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO subscribers(channel, chat_id, user_id, is_active, last_seen_at, inactive_reason) VALUES (@channel, @chatId, @userId, {database.True}, @at, NULL)
            ON CONFLICT(channel, chat_id) DO UPDATE SET user_id = excluded.user_id, is_active = {database.True}, last_seen_at = excluded.last_seen_at, inactive_reason = NULL
            WHERE subscribers.is_active = {database.False} OR subscribers.last_seen_at < @stale OR subscribers.user_id <> excluded.user_id
            """,
            new { channel = channel.Name, chatId, userId, at = database.Time(seenAt), stale },
            cancellationToken: cancellationToken));
    }

    public Task MarkInactiveAsync(Channel channel, string chatId, string reason, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(
            $"UPDATE subscribers SET is_active = {database.False}, inactive_reason = @reason WHERE channel = @channel AND chat_id = @chatId",
            new { channel = channel.Name, chatId, reason },
            cancellationToken);

    public async Task<Subscriber?> FindAsync(Channel channel, string chatId, CancellationToken cancellationToken = default) =>
        (await database.QueryAsync(
            "SELECT channel, chat_id, user_id, is_active, last_seen_at, inactive_reason, opted_out_at, time_zone FROM subscribers WHERE channel = @channel AND chat_id = @chatId",
            new { channel = channel.Name, chatId },
            reader => new Subscriber(
                Channel.Parse(reader.GetString(0)),
                reader.GetString(1),
                reader.GetString(2),
                Convert.ToBoolean(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture),
                StoreDatabase.ReadTime(reader, 4),
                StoreDatabase.ReadTextOrNull(reader, 5),
                StoreDatabase.ReadTimeOrNull(reader, 6),
                IndonesianTimeZones.TryParse(StoreDatabase.ReadTextOrNull(reader, 7) ?? string.Empty, out var zone) ? zone : null),
            cancellationToken)).FirstOrDefault();

    public async Task<bool> SetOptedOutAsync(
        Channel channel, string chatId, string userId, DateTimeOffset seenAt, DateTimeOffset? optedOutAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        // Locked (IMMEDIATE on SQLite, FOR UPDATE on PostgreSQL): /berhenti and /mulai of one chat at once see each other's result.
        var wasOptedOut = (await connection.QueryRowsAsync(
            $"SELECT opted_out_at IS NOT NULL FROM subscribers WHERE channel = @channel AND chat_id = @chatId{database.ForUpdate}",
            new { channel = channel.Name, chatId },
            reader => Convert.ToBoolean(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
            transaction,
            cancellationToken)).FirstOrDefault();
        if (wasOptedOut == optedOutAt.HasValue)
        {
            return false;
        }

        await connection.ExecuteStatementAsync(
            InsertNew("opted_out_at"), new { channel = channel.Name, chatId, userId, at = database.Time(seenAt), value = database.Time(optedOutAt) }, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public Task SetTimeZoneAsync(
        Channel channel, string chatId, string userId, DateTimeOffset seenAt, IndonesianTimeZone zone, CancellationToken cancellationToken = default) =>
        // Stored as the abbreviation (WIB, WITA, WIT): the form the recipient query and admins read.
        database.ExecuteAsync(InsertNew("time_zone"), new { channel = channel.Name, chatId, userId, at = database.Time(seenAt), value = zone.Abbreviation() }, cancellationToken);
}
