namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>
/// A Cloud API call failed: the Graph error object (<c>{"error": {"message", "type", "code", "error_subcode",
/// "fbtrace_id"}}</c>) as a type, or a network failure (<see cref="HttpStatus"/> 0), so callers never parse JSON.
/// </summary>
internal sealed class WhatsAppApiException(
    string operation, int httpStatus, int code, int? subcode, string description, string? fbTraceId, Exception? inner = null)
    : Exception($"WhatsApp {operation} failed: HTTP {httpStatus}, code {code}: {description}", inner)
{
    /// <summary>Throughput per phone number exceeded.</summary>
    public const int ThroughputExceeded = 130429;

    /// <summary>Pair rate limit: too many messages to one user in a short time.</summary>
    public const int PairRateLimit = 131056;

    /// <summary>Re-engagement: a free-form message more than 24 hours after the user's last message.</summary>
    public const int ReEngagement = 131047;

    /// <summary>Message undeliverable (number not on WhatsApp, blocked, old app ...).</summary>
    public const int Undeliverable = 131026;

    /// <summary>Too many calls by the app (Graph API rate limit).</summary>
    public const int ApplicationRateLimit = 4;

    /// <summary>Too many calls by the business account.</summary>
    public const int BusinessRateLimit = 80007;

    /// <summary>Something went wrong on Meta's side.</summary>
    public const int GenericError = 131000;

    /// <summary>The call, e.g. <c>messages</c> or <c>media</c>.</summary>
    public string Operation { get; } = operation;

    /// <summary>The HTTP status; 0 when no answer came (network error, timeout).</summary>
    public int HttpStatus { get; } = httpStatus;

    /// <summary>The Graph error code; the HTTP status when the body was not a Graph error; 0 for network errors.</summary>
    public int Code { get; } = code;

    /// <summary>The Graph error subcode, if any.</summary>
    public int? Subcode { get; } = subcode;

    /// <summary>The Graph error message.</summary>
    public string Description { get; } = description;

    /// <summary>Meta's trace id, for support requests.</summary>
    public string? FbTraceId { get; } = fbTraceId;

    /// <summary>A flood limit: wait, then retry.</summary>
    public bool IsRateLimited => Code is ThroughputExceeded or PairRateLimit or BusinessRateLimit or ApplicationRateLimit;

    /// <summary>The per-user pair rate limit, which asks for a longer wait than the throughput limit.</summary>
    public bool IsPairRateLimited => Code == PairRateLimit;

    /// <summary>Only a template may be sent to this user now (the 24-hour window is closed).</summary>
    public bool IsOutsideWindow => Code == ReEngagement;

    /// <summary>The user cannot be reached on WhatsApp.</summary>
    public bool IsUndeliverable => Code == Undeliverable;

    /// <summary>No answer, a 5xx, or Meta's generic error: the same call may succeed later.</summary>
    public bool IsTransient => HttpStatus == 0 || HttpStatus >= 500 || Code == GenericError;
}
