namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>A callback button.</summary>
/// <param name="Text">Label.</param>
/// <param name="CallbackData">Data sent back when pressed (1–64 bytes).</param>
public sealed record InlineKeyboardButton(string Text, string CallbackData);
