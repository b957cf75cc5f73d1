
using NetralBot.Bot.Common;

namespace NetralBot.Bot.Conversation;

/// <summary>One inbound user action, channel-neutral.</summary>
/// <param name="Channel">The channel it came from.</param>
/// <param name="UserId">The user's id on the channel.</param>
/// <param name="ChatId">The chat to reply to.</param>
/// <param name="Text">The typed text, or null for a button press or a non-text message.</param>
/// <param name="ButtonData">The data of the pressed button, or null.</param>
/// <param name="ReceivedAt">When the action happened.</param>
/// <param name="ChatKind">Private or group: personal data is shown only in private chats.</param>
internal sealed record Turn(Channel Channel, string UserId, string ChatId, string? Text, string? ButtonData, DateTimeOffset ReceivedAt, ChatKind ChatKind = ChatKind.Private)
{
    /// <summary>The user, e.g. as an admin acting (<c>telegram:12345</c> in the audit log).</summary>
    public ChannelUser User => new(Channel, UserId);
}
