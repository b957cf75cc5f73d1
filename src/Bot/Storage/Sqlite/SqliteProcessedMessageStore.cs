using NetralBot.Bot.Channels;

namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>Processed string message ids in SQLite; the primary key makes the mark atomic.</summary>
public sealed class SqliteProcessedMessageStore(SqliteDatabase database) : IProcessedMessageStore
{
    /// <inheritdoc />
    public async Task<bool> TryMarkAsync(string channel, string messageId, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO processed_messages(channel, message_id, received_at) VALUES ($c, $m, $t) ON CONFLICT DO NOTHING";
        command.Parameters.AddWithValue("$c", channel);
        command.Parameters.AddWithValue("$m", messageId);
        command.Parameters.AddWithValue("$t", SqliteValues.ToText(receivedAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task UnmarkAsync(string channel, string messageId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM processed_messages WHERE channel = $c AND message_id = $m";
        command.Parameters.AddWithValue("$c", channel);
        command.Parameters.AddWithValue("$m", messageId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM processed_messages WHERE received_at < $t";
        command.Parameters.AddWithValue("$t", SqliteValues.ToText(olderThan));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
