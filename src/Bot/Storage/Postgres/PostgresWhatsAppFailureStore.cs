using NetralBot.Bot.Channels.WhatsApp;
using Npgsql;

namespace NetralBot.Bot.Storage.Postgres;

/// <summary>Consecutive undeliverable callbacks per WhatsApp user in PostgreSQL (table <c>whatsapp_delivery_failures</c>).</summary>
public sealed class PostgresWhatsAppFailureStore(PostgresDatabase database) : IWhatsAppFailureStore
{
    /// <inheritdoc />
    public async Task<int> RecordUndeliverableAsync(string chatId, int errorCode, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO whatsapp_delivery_failures(chat_id, consecutive, last_code, last_at) VALUES (@c, 1, @code, @t)
            ON CONFLICT(chat_id) DO UPDATE SET consecutive = whatsapp_delivery_failures.consecutive + 1, last_code = excluded.last_code, last_at = excluded.last_at
            RETURNING consecutive
            """,
            connection);
        command.Parameters.AddWithValue("c", chatId);
        command.Parameters.AddWithValue("code", errorCode);
        command.Parameters.AddWithValue("t", PostgresValues.Utc(at));
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <inheritdoc />
    public async Task ResetAsync(string chatId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Unlike SQLite, a DELETE that matches nothing costs no exclusive write lock here, so no read goes first.
        await using var command = new NpgsqlCommand("DELETE FROM whatsapp_delivery_failures WHERE chat_id = @c", connection);
        command.Parameters.AddWithValue("c", chatId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
