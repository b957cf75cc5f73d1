namespace NetralBot.Bot.Broadcasts;

/// <summary>How hard the delivery engine retries one recipient before it pauses the job.</summary>
/// <param name="MaxAttempts">Attempts in total for one row, including the first.</param>
/// <param name="MaxRetryAfter">A flood limit asking to wait longer than this pauses the job instead of blocking workers.</param>
/// <param name="BaseBackoff">First back-off after a transient failure; doubles each attempt.</param>
/// <param name="MaxBackoff">Back-off cap.</param>
internal sealed record BroadcastRetryOptions(int MaxAttempts, TimeSpan MaxRetryAfter, TimeSpan BaseBackoff, TimeSpan MaxBackoff)
{
    /// <summary>5 attempts, flood waits up to 60 s, back-off 0.5 s → 8 s (the values the Telegram client used before).</summary>
    public static BroadcastRetryOptions Default { get; } = new(5, TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(8));
}
