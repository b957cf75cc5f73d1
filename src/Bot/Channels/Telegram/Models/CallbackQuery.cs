namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>A press of an inline keyboard button.</summary>
/// <param name="Id">Query id, to answer with answerCallbackQuery.</param>
/// <param name="From">Who pressed.</param>
/// <param name="Message">The message the button was under.</param>
/// <param name="Data">The button's callback data.</param>
public sealed record CallbackQuery(string Id, TelegramUser From, TelegramMessage? Message, string? Data);
