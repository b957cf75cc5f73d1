using NetralBot.Bot.Channels.WhatsApp;

namespace NetralBot.Bot.Storage;

/// <summary>Consecutive undeliverable callbacks per WhatsApp user (table <c>whatsapp_delivery_failures</c>).</summary>
internal sealed class WhatsAppFailureStore(StoreDatabase database) : IWhatsAppFailureStore
{
    public Task<int> RecordUndeliverableAsync(string chatId, int errorCode, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        database.ScalarAsync<int>(
            """
            INSERT INTO whatsapp_delivery_failures(chat_id, consecutive, last_code, last_at) VALUES (@chatId, 1, @errorCode, @at)
            ON CONFLICT(chat_id) DO UPDATE SET consecutive = whatsapp_delivery_failures.consecutive + 1, last_code = excluded.last_code, last_at = excluded.last_at
            RETURNING consecutive
            """,
            new { chatId, errorCode, at = database.Time(at) },
            cancellationToken);

    public async Task ResetAsync(string chatId, CancellationToken cancellationToken = default)
    {
        // Called on every inbound message and almost always with nothing to clear: on SQLite a read avoids a commit per message.
        if (await database.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM whatsapp_delivery_failures WHERE chat_id = @chatId)", new { chatId }, cancellationToken))
        {
            await database.ExecuteAsync("DELETE FROM whatsapp_delivery_failures WHERE chat_id = @chatId", new { chatId }, cancellationToken);
        }
    }
}
