namespace NetralBot.Bot.Broadcasts;

/// <summary>
/// A channel kept failing (5xx, network, or a flood limit asking for a longer wait than the engine blocks for): the
/// row stays pending and the job is resumed later instead of marking the remaining recipients failed.
/// </summary>
/// <param name="message">What failed.</param>
/// <param name="resumeAfter">How long to wait before resuming.</param>
/// <param name="inner">The underlying failure, when there was an exception.</param>
internal sealed class BroadcastInterruptedException(string message, TimeSpan resumeAfter, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>How long to wait before resuming.</summary>
    public TimeSpan ResumeAfter { get; } = resumeAfter;
}
