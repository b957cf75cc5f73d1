using NetralBot.Bot.Conversation;
using Npgsql;

namespace NetralBot.Bot.Storage.Postgres;

/// <summary>Dialog states in PostgreSQL, one row per user.</summary>
public sealed class PostgresDialogStateStore(PostgresDatabase database) : IDialogStateStore
{
    /// <inheritdoc />
    public async Task<DialogState?> LoadAsync(string channel, string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT dialog, state_json FROM dialog_states WHERE channel = @c AND user_id = @u", connection);
        command.Parameters.AddWithValue("c", channel);
        command.Parameters.AddWithValue("u", userId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new DialogState(reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <inheritdoc />
    public async Task SaveAsync(string channel, string userId, DialogState state, DateTimeOffset updatedAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO dialog_states(channel, user_id, dialog, state_json, updated_at) VALUES (@c, @u, @d, @j, @t)
            ON CONFLICT(channel, user_id) DO UPDATE SET dialog = excluded.dialog, state_json = excluded.state_json, updated_at = excluded.updated_at
            """,
            connection);
        command.Parameters.AddWithValue("c", channel);
        command.Parameters.AddWithValue("u", userId);
        command.Parameters.AddWithValue("d", state.Dialog);
        command.Parameters.AddWithValue("j", state.Json);
        command.Parameters.AddWithValue("t", PostgresValues.Utc(updatedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task ClearAsync(string channel, string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM dialog_states WHERE channel = @c AND user_id = @u", connection);
        command.Parameters.AddWithValue("c", channel);
        command.Parameters.AddWithValue("u", userId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
