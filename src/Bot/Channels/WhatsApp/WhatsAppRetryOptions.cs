namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>How hard <see cref="WhatsAppApiClient"/> retries one call.</summary>
/// <param name="MaxAttempts">Attempts in total, including the first; 1 for broadcasts, whose engine retries itself.</param>
/// <param name="BaseBackoff">First wait after a throughput limit, a 5xx or a network error; doubles each attempt.</param>
/// <param name="MaxBackoff">Backoff cap.</param>
internal sealed record WhatsAppRetryOptions(int MaxAttempts, TimeSpan BaseBackoff, TimeSpan MaxBackoff)
{
    /// <summary>For conversation replies: 3 attempts, 1 s then 2 s (a user is waiting; a long outage is logged instead).</summary>
    public static WhatsAppRetryOptions Default { get; } = new(3, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8));

    /// <summary>One attempt: the broadcast engine owns retries so a flood limit pauses all its workers.</summary>
    public static WhatsAppRetryOptions SingleAttempt { get; } = Default with { MaxAttempts = 1 };
}
