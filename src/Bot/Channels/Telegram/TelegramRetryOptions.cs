namespace NetralBot.Bot.Channels.Telegram;

/// <summary>How hard the client retries one call.</summary>
/// <param name="MaxAttempts">Attempts in total, including the first.</param>
/// <param name="MaxRetryAfter">A 429 asking to wait longer than this fails at once instead of blocking a worker.</param>
/// <param name="BaseBackoff">First backoff after a 5xx or a network error; doubles each attempt.</param>
/// <param name="MaxBackoff">Backoff cap.</param>
internal sealed record TelegramRetryOptions(int MaxAttempts, TimeSpan MaxRetryAfter, TimeSpan BaseBackoff, TimeSpan MaxBackoff)
{
    /// <summary>5 attempts, 429 waits up to 60 s, backoff 0.5 s → 8 s.</summary>
    public static TelegramRetryOptions Default { get; } = new(5, TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(8));
}
