using NetralBot.Bot.Channels;
using Npgsql;

namespace NetralBot.Bot.Storage.Postgres;

/// <summary>Processed update ids in PostgreSQL; the primary key makes the mark atomic across instances.</summary>
public sealed class PostgresProcessedUpdateStore(PostgresDatabase database) : IProcessedUpdateStore
{
    /// <inheritdoc />
    public async Task<bool> TryMarkAsync(string channel, long updateId, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("INSERT INTO processed_updates(channel, update_id, received_at) VALUES (@c, @id, @t) ON CONFLICT DO NOTHING", connection);
        command.Parameters.AddWithValue("c", channel);
        command.Parameters.AddWithValue("id", updateId);
        command.Parameters.AddWithValue("t", PostgresValues.Utc(receivedAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task UnmarkAsync(string channel, long updateId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM processed_updates WHERE channel = @c AND update_id = @id", connection);
        command.Parameters.AddWithValue("c", channel);
        command.Parameters.AddWithValue("id", updateId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM processed_updates WHERE received_at < @t", connection);
        command.Parameters.AddWithValue("t", PostgresValues.Utc(olderThan));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
