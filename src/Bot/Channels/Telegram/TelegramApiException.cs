namespace NetralBot.Bot.Channels.Telegram;

/// <summary>The Bot API answered <c>ok: false</c>.</summary>
public sealed class TelegramApiException(string method, int errorCode, string description, int? retryAfter)
    : Exception($"Telegram {method} failed: {errorCode} {description}")
{
    /// <summary>The API method called.</summary>
    public string Method { get; } = method;

    /// <summary>The API error code (400, 403, 429 ...).</summary>
    public int ErrorCode { get; } = errorCode;

    /// <summary>The API's description, e.g. "Forbidden: bot was blocked by the user".</summary>
    public string Description { get; } = description;

    /// <summary>Seconds to wait, for 429.</summary>
    public int? RetryAfter { get; } = retryAfter;

    /// <summary>True for "Bad Request: can't parse entities ...".</summary>
    public bool IsEntityParseError => ErrorCode == 400 && Description.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the chat cannot be written to (blocked, kicked, deactivated).</summary>
    public bool IsForbidden => ErrorCode == 403;
}
