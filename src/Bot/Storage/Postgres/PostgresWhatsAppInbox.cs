using NetralBot.Bot.Channels.WhatsApp;
using Npgsql;

namespace NetralBot.Bot.Storage.Postgres;

/// <summary>
/// The WhatsApp webhook inbox in PostgreSQL (table <c>whatsapp_inbox</c>). Every instance's webhook inserts here; only
/// the instance holding the inbox lease (<see cref="Hosting.IBackgroundLease"/>) reads and processes it.
/// </summary>
public sealed class PostgresWhatsAppInbox(PostgresDatabase database) : IWhatsAppInbox
{
    /// <inheritdoc />
    public async Task<long> AddAsync(byte[] payload, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("INSERT INTO whatsapp_inbox(payload, received_at) VALUES (@p, @t) RETURNING id", connection);
        command.Parameters.AddWithValue("p", payload);
        command.Parameters.AddWithValue("t", PostgresValues.Utc(receivedAt));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WhatsAppInboxItem>> PendingAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT id, payload, received_at, attempts FROM whatsapp_inbox WHERE attempts < @max ORDER BY id LIMIT @limit", connection);
        command.Parameters.AddWithValue("max", IWhatsAppInbox.MaxAttempts);
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<WhatsAppInboxItem>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new WhatsAppInboxItem(reader.GetInt64(0), reader.GetFieldValue<byte[]>(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetInt32(3)));
        }

        return items;
    }

    /// <inheritdoc />
    public async Task CompleteAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM whatsapp_inbox WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task FailAsync(long id, string error, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("UPDATE whatsapp_inbox SET attempts = attempts + 1, last_error = @e WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("e", error);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
