namespace NetralBot.Bot.Broadcasts;

/// <summary>
/// Telegram kept failing (5xx, network, or a 429 asking for a longer wait than the client blocks for): the row stays
/// pending and the job is resumed later instead of marking the remaining recipients failed.
/// </summary>
/// <param name="message">What failed.</param>
/// <param name="resumeAfter">How long to wait before resuming.</param>
/// <param name="inner">The underlying failure.</param>
public sealed class BroadcastInterruptedException(string message, TimeSpan resumeAfter, Exception inner) : Exception(message, inner)
{
    /// <summary>How long to wait before resuming.</summary>
    public TimeSpan ResumeAfter { get; } = resumeAfter;
}
