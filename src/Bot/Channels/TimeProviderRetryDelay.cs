namespace NetralBot.Bot.Channels;

/// <summary>Waits on the injected clock.</summary>
internal sealed class TimeProviderRetryDelay(TimeProvider time) : IRetryDelay
{
    /// <inheritdoc />
    public Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken) => Task.Delay(delay, time, cancellationToken);
}
