using NetralBot.Bot.Conversation;

namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>Dialog states in SQLite, one row per user.</summary>
public sealed class SqliteDialogStateStore(SqliteDatabase database) : IDialogStateStore
{
    /// <inheritdoc />
    public async Task<DialogState?> LoadAsync(string channel, string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT dialog, state_json FROM dialog_states WHERE channel = $c AND user_id = $u";
        command.Parameters.AddWithValue("$c", channel);
        command.Parameters.AddWithValue("$u", userId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new DialogState(reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <inheritdoc />
    public async Task SaveAsync(string channel, string userId, DialogState state, DateTimeOffset updatedAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO dialog_states(channel, user_id, dialog, state_json, updated_at) VALUES ($c, $u, $d, $j, $t)
            ON CONFLICT(channel, user_id) DO UPDATE SET dialog = excluded.dialog, state_json = excluded.state_json, updated_at = excluded.updated_at
            """;
        command.Parameters.AddWithValue("$c", channel);
        command.Parameters.AddWithValue("$u", userId);
        command.Parameters.AddWithValue("$d", state.Dialog);
        command.Parameters.AddWithValue("$j", state.Json);
        command.Parameters.AddWithValue("$t", SqliteValues.ToText(updatedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task ClearAsync(string channel, string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM dialog_states WHERE channel = $c AND user_id = $u";
        command.Parameters.AddWithValue("$c", channel);
        command.Parameters.AddWithValue("$u", userId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
