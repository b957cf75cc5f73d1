using NetralBot.Bot.Conversation;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>What a processed update leaves to send once its turn is durable.</summary>
/// <param name="ChatId">The chat to answer; 0 when nothing is sent.</param>
/// <param name="Replies">The replies, in order.</param>
/// <param name="CallbackQueryId">A pressed button's query to answer (stops its spinner), or null.</param>
internal sealed record TelegramTurnResult(long ChatId, IReadOnlyList<Reply> Replies, string? CallbackQueryId)
{
    /// <summary>Nothing to send.</summary>
    public static TelegramTurnResult Nothing { get; } = new(0, [], null);
}
