namespace NetralBot.Bot.Channels;

/// <summary>Wakes an inbox worker when rows were added, so replies do not wait for its next poll.</summary>
internal class InboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Says that the inbox has new rows.</summary>
    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the worker reads every pending row anyway.
        }
    }

    /// <summary>Waits for <see cref="Notify"/> or <paramref name="timeout"/>, whichever comes first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
