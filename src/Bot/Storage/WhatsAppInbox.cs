using NetralBot.Bot.Channels.WhatsApp;

namespace NetralBot.Bot.Storage;

/// <summary>The WhatsApp webhook inbox (table <c>whatsapp_inbox</c>).</summary>
internal sealed class WhatsAppInbox(StoreDatabase database) : IWhatsAppInbox
{
    public Task<long> AddAsync(byte[] payload, DateTimeOffset receivedAt, CancellationToken cancellationToken = default) =>
        database.ScalarAsync<long>("INSERT INTO whatsapp_inbox(payload, received_at) VALUES (@payload, @at) RETURNING id", new { payload, at = database.Time(receivedAt) }, cancellationToken);

    public async Task<IReadOnlyList<WhatsAppInboxItem>> PendingAsync(int limit, CancellationToken cancellationToken = default) =>
        await database.QueryAsync(
            "SELECT id, payload, received_at, attempts FROM whatsapp_inbox WHERE attempts < @max ORDER BY id LIMIT @limit",
            new { max = IWhatsAppInbox.MaxAttempts, limit },
            reader => new WhatsAppInboxItem(reader.GetInt64(0), (byte[])reader.GetValue(1), StoreDatabase.ReadTime(reader, 2), Convert.ToInt32(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture)),
            cancellationToken);

    public Task CompleteAsync(long id, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("DELETE FROM whatsapp_inbox WHERE id = @id", new { id }, cancellationToken);

    public Task FailAsync(long id, string error, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("UPDATE whatsapp_inbox SET attempts = attempts + 1, last_error = @error WHERE id = @id", new { id, error }, cancellationToken);
}
