namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>Buttons under a message.</summary>
/// <param name="InlineKeyboard">Rows of buttons.</param>
public sealed record InlineKeyboardMarkup(IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard);

/// <summary>A callback button.</summary>
/// <param name="Text">Label.</param>
/// <param name="CallbackData">Data sent back when pressed (1–64 bytes).</param>
public sealed record InlineKeyboardButton(string Text, string CallbackData);
