namespace NetralBot.Bot.Channels;

/// <summary>Wakes an inbox worker when rows were added, so replies do not wait for its next poll.</summary>
internal class InboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private int _pending; // 1 from a Notify until the worker wakes: later Notify calls cost nothing (no Release, no throw)

    /// <summary>Says that the inbox has new rows.</summary>
    public void Notify()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _signal.Release();
        }
    }

    /// <summary>
    /// Waits for <see cref="Notify"/> or <paramref name="timeout"/>, whichever comes first. The worker reads every pending
    /// row after this returns, so a Notify that lands between the wake-up and the reset below loses nothing.
    /// </summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var woken = await _signal.WaitAsync(timeout, cancellationToken);
        if (woken)
        {
            Volatile.Write(ref _pending, 0);
        }

        return woken;
    }
}
