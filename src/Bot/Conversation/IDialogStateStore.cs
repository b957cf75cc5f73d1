using NetralBot.Bot.Common;

namespace NetralBot.Bot.Conversation;

/// <summary>Per-user dialog state that survives restarts.</summary>
internal interface IDialogStateStore
{
    /// <summary>Loads the state of a user, or null when the user is in no dialog.</summary>
    Task<DialogState?> LoadAsync(Channel channel, string userId, CancellationToken cancellationToken = default);

    /// <summary>Replaces the state of a user.</summary>
    Task SaveAsync(Channel channel, string userId, DialogState state, DateTimeOffset updatedAt, CancellationToken cancellationToken = default);

    /// <summary>Removes the state of a user (dialog ended or cancelled).</summary>
    Task ClearAsync(Channel channel, string userId, CancellationToken cancellationToken = default);
}
