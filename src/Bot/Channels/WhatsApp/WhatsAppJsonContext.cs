using System.Text.Json.Serialization;
using NetralBot.Bot.Channels.WhatsApp.Models;

namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>Source-generated snake_case JSON for the Cloud API types.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WebhookPayload))]
[JsonSerializable(typeof(MessageRequest))]
[JsonSerializable(typeof(SendMessageResponse))]
[JsonSerializable(typeof(MediaUploadResponse))]
[JsonSerializable(typeof(GraphErrorResponse))]
internal sealed partial class WhatsAppJsonContext : JsonSerializerContext;
