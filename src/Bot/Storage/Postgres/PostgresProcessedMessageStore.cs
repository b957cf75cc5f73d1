using NetralBot.Bot.Channels;
using Npgsql;

namespace NetralBot.Bot.Storage.Postgres;

/// <summary>Processed string message ids in PostgreSQL; the primary key makes the mark atomic across instances.</summary>
public sealed class PostgresProcessedMessageStore(PostgresDatabase database) : IProcessedMessageStore
{
    /// <inheritdoc />
    public async Task<bool> TryMarkAsync(string channel, string messageId, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("INSERT INTO processed_messages(channel, message_id, received_at) VALUES (@c, @id, @t) ON CONFLICT DO NOTHING", connection);
        command.Parameters.AddWithValue("c", channel);
        command.Parameters.AddWithValue("id", messageId);
        command.Parameters.AddWithValue("t", PostgresValues.Utc(receivedAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task UnmarkAsync(string channel, string messageId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM processed_messages WHERE channel = @c AND message_id = @id", connection);
        command.Parameters.AddWithValue("c", channel);
        command.Parameters.AddWithValue("id", messageId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM processed_messages WHERE received_at < @t", connection);
        command.Parameters.AddWithValue("t", PostgresValues.Utc(olderThan));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
