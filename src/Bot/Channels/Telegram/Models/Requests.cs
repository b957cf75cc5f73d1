namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>getUpdates.</summary>
/// <param name="Offset">First update id to return; confirms all below it.</param>
/// <param name="Limit">1–100.</param>
/// <param name="Timeout">Long-poll seconds.</param>
/// <param name="AllowedUpdates">Update kinds to receive.</param>
public sealed record GetUpdatesRequest(long? Offset, int? Limit, int? Timeout, IReadOnlyList<string>? AllowedUpdates);

/// <summary>setWebhook.</summary>
/// <param name="Url">HTTPS URL Telegram posts to.</param>
/// <param name="SecretToken">Sent back in <c>X-Telegram-Bot-Api-Secret-Token</c>.</param>
/// <param name="AllowedUpdates">Update kinds to receive.</param>
/// <param name="DropPendingUpdates">Drop queued updates.</param>
public sealed record SetWebhookRequest(string Url, string? SecretToken, IReadOnlyList<string>? AllowedUpdates, bool? DropPendingUpdates);

/// <summary>deleteWebhook.</summary>
/// <param name="DropPendingUpdates">Drop queued updates.</param>
public sealed record DeleteWebhookRequest(bool? DropPendingUpdates);

/// <summary>sendMessage.</summary>
/// <param name="ChatId">Target chat.</param>
/// <param name="Text">1–4096 characters after entity parsing.</param>
/// <param name="ParseMode"><c>HTML</c> or null for plain text.</param>
/// <param name="ReplyMarkup">Inline keyboard.</param>
public sealed record SendMessageRequest(long ChatId, string Text, string? ParseMode, InlineKeyboardMarkup? ReplyMarkup);

/// <summary>editMessageText.</summary>
/// <param name="ChatId">Chat of the message.</param>
/// <param name="MessageId">The message.</param>
/// <param name="Text">New text.</param>
/// <param name="ParseMode"><c>HTML</c> or null.</param>
/// <param name="ReplyMarkup">New keyboard.</param>
public sealed record EditMessageTextRequest(long ChatId, long MessageId, string Text, string? ParseMode, InlineKeyboardMarkup? ReplyMarkup);

/// <summary>answerCallbackQuery.</summary>
/// <param name="CallbackQueryId">The query.</param>
/// <param name="Text">Optional notification text.</param>
public sealed record AnswerCallbackQueryRequest(string CallbackQueryId, string? Text);

/// <summary>setMyCommands.</summary>
/// <param name="Commands">The command list shown in the menu.</param>
public sealed record SetMyCommandsRequest(IReadOnlyList<TelegramBotCommand> Commands);

/// <summary>A menu command.</summary>
/// <param name="Command">1–32 chars, lower case, without slash.</param>
/// <param name="Description">3–256 chars.</param>
public sealed record TelegramBotCommand(string Command, string Description);

/// <summary>A request without parameters (getMe).</summary>
public sealed record EmptyRequest;
