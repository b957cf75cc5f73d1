namespace NetralBot.Bot.Channels.Telegram;

/// <summary>Settings of the Telegram channel (section <c>Telegram</c>).</summary>
/// <param name="Token">Bot token from @BotFather; never logged.</param>
/// <param name="ApiBaseUrl">API root without trailing slash; requests go to <c>{ApiBaseUrl}/bot{Token}/{method}</c>.</param>
/// <param name="Mode">Polling or webhook.</param>
/// <param name="WebhookSecret">Expected <c>X-Telegram-Bot-Api-Secret-Token</c>; required in webhook mode.</param>
/// <param name="WebhookUrl">Public URL to register with setWebhook at start; null to register it yourself.</param>
/// <param name="PollingTimeoutSeconds">Long-poll timeout of getUpdates.</param>
/// <param name="BotUsername">The bot's @username without the @, for links that open a private chat; null when not configured.</param>
internal sealed record TelegramOptions(
    string? Token,
    string ApiBaseUrl,
    TelegramMode Mode,
    string? WebhookSecret,
    string? WebhookUrl,
    int PollingTimeoutSeconds,
    string? BotUsername = null)
{
    /// <summary>The public Bot API.</summary>
    public const string DefaultApiBaseUrl = "https://api.telegram.org";

    /// <summary>The webhook path (a contract: keep stable).</summary>
    public const string WebhookPath = "/webhooks/telegram";

    /// <summary>The secret header name.</summary>
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>
    /// True for the shape @BotFather hands out, <c>&lt;bot id&gt;:&lt;secret&gt;</c>: Telegram.Bot reads the bot id
    /// from it and throws on anything else.
    /// </summary>
    public static bool IsWellFormedToken(string token)
    {
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < token.Length - 1
            && long.TryParse(token.AsSpan(0, colon), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)
            && token.AsSpan(colon + 1).IndexOfAnyExcept(TokenSecretCharacters) < 0;
    }

    private static readonly System.Buffers.SearchValues<char> TokenSecretCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");
}
