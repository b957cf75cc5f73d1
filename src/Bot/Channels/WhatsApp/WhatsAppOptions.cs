using System.Text;

namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>Settings of the WhatsApp channel (section <c>WhatsApp</c>).</summary>
/// <param name="AccessToken">Bearer token of the Cloud API (system user token); never logged.</param>
/// <param name="AppSecret">The Meta app secret that signs webhook payloads; never logged.</param>
/// <param name="VerifyToken">The token Meta echoes in the webhook verification handshake; never logged.</param>
/// <param name="PhoneNumberId">The business phone number id messages are sent from.</param>
/// <param name="ApiBaseUrl">Graph API root without trailing slash.</param>
/// <param name="ApiVersion">Graph API version, e.g. <c>v21.0</c>.</param>
/// <param name="Templates">Approved template names by reminder kind (and <c>default</c> for ad-hoc broadcasts).</param>
/// <param name="TemplateLanguage">The language code the templates were approved in.</param>
/// <param name="RatePerSecond">Messages per second the phone number may send (80 by default on the Cloud API).</param>
internal sealed record WhatsAppOptions(
    string? AccessToken,
    string? AppSecret,
    string? VerifyToken,
    string? PhoneNumberId,
    string ApiBaseUrl,
    string ApiVersion,
    IReadOnlyDictionary<string, string> Templates,
    string TemplateLanguage,
    double RatePerSecond)
{
    /// <summary>The public Graph API.</summary>
    public const string DefaultApiBaseUrl = "https://graph.facebook.com";

    /// <summary>The Graph API version used unless configured.</summary>
    public const string DefaultApiVersion = "v21.0";

    /// <summary>Indonesian.</summary>
    public const string DefaultTemplateLanguage = "id";

    /// <summary>The Cloud API's default throughput per business phone number.</summary>
    public const double DefaultRatePerSecond = 80;

    /// <summary>The template key used for broadcasts without a reminder kind.</summary>
    public const string DefaultTemplateKey = "default";

    /// <summary>The webhook path (a contract with the Meta app settings: keep stable).</summary>
    public const string WebhookPath = "/webhooks/whatsapp";

    /// <summary>The signature header Meta sends with every webhook POST.</summary>
    public const string SignatureHeader = "X-Hub-Signature-256";

    /// <summary>The channel is off.</summary>
    public static WhatsAppOptions Disabled { get; } = new(
        null, null, null, null, DefaultApiBaseUrl, DefaultApiVersion, new Dictionary<string, string>(), DefaultTemplateLanguage, DefaultRatePerSecond);

    /// <summary>True when the channel can both receive (signature) and send (token, number).</summary>
    public bool IsEnabled => AccessToken is not null && PhoneNumberId is not null && AppSecret is not null;

    /// <summary>The endpoint of one Graph API edge of the phone number, e.g. <c>messages</c> or <c>media</c>.</summary>
    public string EdgeUrl(string edge) => $"{ApiBaseUrl}/{ApiVersion}/{PhoneNumberId}/{edge}";

    /// <summary>The template for a reminder kind, or for ad-hoc broadcasts (<paramref name="reminderKind"/> null); null when none is configured.</summary>
    public string? TemplateFor(string? reminderKind) =>
        Templates.GetValueOrDefault(reminderKind ?? DefaultTemplateKey);

    // A record prints every property by default; the secrets must not reach a log line that prints the options.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("PhoneNumberId = ").Append(PhoneNumberId)
            .Append(", ApiBaseUrl = ").Append(ApiBaseUrl)
            .Append(", ApiVersion = ").Append(ApiVersion)
            .Append(", Templates = ").Append(string.Join(";", Templates.Select(t => t.Key + "=" + t.Value)))
            .Append(", TemplateLanguage = ").Append(TemplateLanguage)
            .Append(", RatePerSecond = ").Append(RatePerSecond)
            .Append(", secrets hidden");
        return true;
    }
}
