using System.Text.Json.Serialization;
using NetralBot.Bot.Channels.Telegram.Models;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>Source-generated snake_case JSON for the Bot API types.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Update))]
[JsonSerializable(typeof(TelegramResponse<TelegramUser>))]
[JsonSerializable(typeof(TelegramResponse<TelegramMessage>))]
[JsonSerializable(typeof(TelegramResponse<Update[]>))]
[JsonSerializable(typeof(TelegramResponse<bool>))]
[JsonSerializable(typeof(GetUpdatesRequest))]
[JsonSerializable(typeof(SetWebhookRequest))]
[JsonSerializable(typeof(DeleteWebhookRequest))]
[JsonSerializable(typeof(SendMessageRequest))]
[JsonSerializable(typeof(EditMessageTextRequest))]
[JsonSerializable(typeof(AnswerCallbackQueryRequest))]
[JsonSerializable(typeof(SetMyCommandsRequest))]
[JsonSerializable(typeof(InlineKeyboardMarkup))]
[JsonSerializable(typeof(EmptyRequest))]
public sealed partial class TelegramJsonContext : JsonSerializerContext;
