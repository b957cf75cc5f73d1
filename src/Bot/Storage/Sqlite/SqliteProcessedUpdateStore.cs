using NetralBot.Bot.Channels;

namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>Processed update ids in SQLite; the primary key makes the mark atomic.</summary>
public sealed class SqliteProcessedUpdateStore(SqliteDatabase database) : IProcessedUpdateStore
{
    /// <inheritdoc />
    public async Task<bool> TryMarkAsync(string channel, long updateId, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO processed_updates(channel, update_id, received_at) VALUES ($c, $u, $t) ON CONFLICT DO NOTHING";
        command.Parameters.AddWithValue("$c", channel);
        command.Parameters.AddWithValue("$u", updateId);
        command.Parameters.AddWithValue("$t", SqliteValues.ToText(receivedAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task UnmarkAsync(string channel, long updateId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM processed_updates WHERE channel = $c AND update_id = $u";
        command.Parameters.AddWithValue("$c", channel);
        command.Parameters.AddWithValue("$u", updateId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM processed_updates WHERE received_at < $t";
        command.Parameters.AddWithValue("$t", SqliteValues.ToText(olderThan));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
