using System.Text.Json.Serialization;

namespace NetralBot.Bot.Pledges;

/// <summary>Source-generated JSON for the persisted pledge dialog state.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(PledgeDraft))]
internal sealed partial class PledgeJsonContext : JsonSerializerContext;
