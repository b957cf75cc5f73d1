using System.Text.Json.Serialization;

namespace NetralBot.Bot.Admin;

/// <summary>Source-generated JSON for the persisted admin dialog state.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(AdminBroadcastDraft))]
internal sealed partial class AdminJsonContext : JsonSerializerContext;
