namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>A message; fields the bot does not use (stickers, photos ...) are ignored when reading.</summary>
/// <param name="MessageId">Message id within the chat.</param>
/// <param name="From">Sender; absent for channel posts.</param>
/// <param name="Chat">The chat.</param>
/// <param name="Date">Unix time.</param>
/// <param name="Text">Text, absent for stickers, photos and other media.</param>
public sealed record TelegramMessage(long MessageId, TelegramUser? From, TelegramChat Chat, long Date, string? Text);
