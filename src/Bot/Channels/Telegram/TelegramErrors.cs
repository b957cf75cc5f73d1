using System.Globalization;
using Telegram.Bot.Exceptions;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>How our layer reads Telegram.Bot's exceptions: what is worth retrying, what means "blocked", what to log.</summary>
internal static class TelegramErrors
{
    /// <summary>True for "Bad Request: can't parse entities ...".</summary>
    public static bool IsEntityParseError(this ApiRequestException error) =>
        error.ErrorCode == 400 && error.Message.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the chat cannot be written to (blocked, kicked, deactivated).</summary>
    public static bool IsForbidden(this ApiRequestException error) => error.ErrorCode == 403;

    /// <summary>
    /// A 5xx answer, or no answer at all (network error, timeout, an unreadable proxy page): worth another attempt.
    /// A cancellation the caller asked for is not.
    /// </summary>
    public static bool IsTransient(Exception error, CancellationToken cancellationToken) => error switch
    {
        ApiRequestException api => api.ErrorCode >= 500,
        RequestException request => request.HttpStatusCode is null || (int)request.HttpStatusCode >= 500,
        HttpRequestException => true,
        TaskCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>True for any failure of a Bot API call (an API error or no usable answer).</summary>
    public static bool IsCallFailure(Exception error) => error is RequestException or HttpRequestException;

    /// <summary>A log-safe description: the API's code and text, or the exception type (never a URL, which holds the token).</summary>
    public static string Describe(Exception error) => error switch
    {
        ApiRequestException api => string.Create(CultureInfo.InvariantCulture, $"{api.ErrorCode} {api.Message}"),
        RequestException { HttpStatusCode: { } status } => string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status}"),
        _ => error.GetType().Name,
    };
}
