namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>Buttons under a message.</summary>
/// <param name="InlineKeyboard">Rows of buttons.</param>
public sealed record InlineKeyboardMarkup(IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard);
