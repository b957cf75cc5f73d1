using System.Globalization;
using NetralBot.Bot.Channels.WhatsApp;

namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>Consecutive undeliverable callbacks per WhatsApp user in SQLite (table <c>whatsapp_delivery_failures</c>).</summary>
public sealed class SqliteWhatsAppFailureStore(SqliteDatabase database) : IWhatsAppFailureStore
{
    /// <inheritdoc />
    public async Task<int> RecordUndeliverableAsync(string chatId, int errorCode, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO whatsapp_delivery_failures(chat_id, consecutive, last_code, last_at) VALUES ($c, 1, $code, $t)
            ON CONFLICT(chat_id) DO UPDATE SET consecutive = consecutive + 1, last_code = excluded.last_code, last_at = excluded.last_at
            RETURNING consecutive
            """;
        command.Parameters.AddWithValue("$c", chatId);
        command.Parameters.AddWithValue("$code", errorCode);
        command.Parameters.AddWithValue("$t", SqliteValues.ToText(at));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public async Task ResetAsync(string chatId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var check = connection.CreateCommand();
        // Called on every inbound message and almost always with nothing to clear: a read avoids a commit per message.
        check.CommandText = "SELECT EXISTS (SELECT 1 FROM whatsapp_delivery_failures WHERE chat_id = $c)";
        check.Parameters.AddWithValue("$c", chatId);
        if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM whatsapp_delivery_failures WHERE chat_id = $c";
        command.Parameters.AddWithValue("$c", chatId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
