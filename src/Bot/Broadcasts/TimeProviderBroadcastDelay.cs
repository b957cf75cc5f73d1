namespace NetralBot.Bot.Broadcasts;

/// <summary>Waits on the injected clock.</summary>
internal sealed class TimeProviderBroadcastDelay(TimeProvider time) : IBroadcastDelay
{
    /// <inheritdoc />
    public Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken) => Task.Delay(delay, time, cancellationToken);
}
