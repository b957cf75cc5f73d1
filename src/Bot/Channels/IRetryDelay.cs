namespace NetralBot.Bot.Channels;

/// <summary>Waits between retries; replaced in tests so they never sleep.</summary>
internal interface IRetryDelay
{
    /// <summary>Waits for <paramref name="delay"/>.</summary>
    Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken);
}
