namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>answerCallbackQuery.</summary>
/// <param name="CallbackQueryId">The query.</param>
/// <param name="Text">Optional notification text.</param>
public sealed record AnswerCallbackQueryRequest(string CallbackQueryId, string? Text);
