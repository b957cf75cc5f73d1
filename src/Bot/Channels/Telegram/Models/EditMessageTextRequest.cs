namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>editMessageText.</summary>
/// <param name="ChatId">Chat of the message.</param>
/// <param name="MessageId">The message.</param>
/// <param name="Text">New text.</param>
/// <param name="ParseMode"><c>HTML</c> or null.</param>
/// <param name="ReplyMarkup">New keyboard.</param>
public sealed record EditMessageTextRequest(long ChatId, long MessageId, string Text, string? ParseMode, InlineKeyboardMarkup? ReplyMarkup);
