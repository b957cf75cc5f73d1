namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>sendMessage.</summary>
/// <param name="ChatId">Target chat.</param>
/// <param name="Text">1–4096 characters after entity parsing.</param>
/// <param name="ParseMode"><c>HTML</c> or null for plain text.</param>
/// <param name="ReplyMarkup">Inline keyboard.</param>
public sealed record SendMessageRequest(long ChatId, string Text, string? ParseMode, InlineKeyboardMarkup? ReplyMarkup);
