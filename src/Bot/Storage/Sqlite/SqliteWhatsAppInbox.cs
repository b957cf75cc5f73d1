using NetralBot.Bot.Channels.WhatsApp;

namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>The WhatsApp webhook inbox in SQLite (table <c>whatsapp_inbox</c>).</summary>
public sealed class SqliteWhatsAppInbox(SqliteDatabase database) : IWhatsAppInbox
{
    /// <inheritdoc />
    public async Task<long> AddAsync(byte[] payload, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO whatsapp_inbox(payload, received_at) VALUES ($p, $t) RETURNING id";
        command.Parameters.AddWithValue("$p", payload);
        command.Parameters.AddWithValue("$t", SqliteValues.ToText(receivedAt));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WhatsAppInboxItem>> PendingAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, payload, received_at, attempts FROM whatsapp_inbox WHERE attempts < $max ORDER BY id LIMIT $limit";
        command.Parameters.AddWithValue("$max", IWhatsAppInbox.MaxAttempts);
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<WhatsAppInboxItem>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new WhatsAppInboxItem(reader.GetInt64(0), (byte[])reader.GetValue(1), SqliteValues.ToTime(reader.GetString(2)), reader.GetInt32(3)));
        }

        return items;
    }

    /// <inheritdoc />
    public async Task CompleteAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM whatsapp_inbox WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task FailAsync(long id, string error, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE whatsapp_inbox SET attempts = attempts + 1, last_error = $e WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$e", error);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
