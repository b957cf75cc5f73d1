using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;

namespace NetralBot.Bot.Storage;

/// <summary>Dialog states, one row per user.</summary>
internal sealed class DialogStateStore(StoreDatabase database) : IDialogStateStore
{
    public async Task<DialogState?> LoadAsync(Channel channel, string userId, CancellationToken cancellationToken = default) =>
        (await database.QueryAsync(
            "SELECT dialog, state_json FROM dialog_states WHERE channel = @channel AND user_id = @userId",
            new { channel = channel.Name, userId },
            reader => new DialogState(reader.GetString(0), reader.GetString(1)),
            cancellationToken)).FirstOrDefault();

    public Task SaveAsync(Channel channel, string userId, DialogState state, DateTimeOffset updatedAt, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(
            """
            INSERT INTO dialog_states(channel, user_id, dialog, state_json, updated_at) VALUES (@channel, @userId, @Dialog, @Json, @at)
            ON CONFLICT(channel, user_id) DO UPDATE SET dialog = excluded.dialog, state_json = excluded.state_json, updated_at = excluded.updated_at
            """,
            new { channel = channel.Name, userId, state.Dialog, state.Json, at = database.Time(updatedAt) },
            cancellationToken);

    public Task ClearAsync(Channel channel, string userId, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("DELETE FROM dialog_states WHERE channel = @channel AND user_id = @userId", new { channel = channel.Name, userId }, cancellationToken);
}
