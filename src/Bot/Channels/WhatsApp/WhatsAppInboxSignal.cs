namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>Wakes <see cref="WhatsAppInboxService"/> when the webhook stored a payload, so replies do not wait for the next poll.</summary>
internal sealed class WhatsAppInboxSignal
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
            // Already signalled: the worker will read every pending row anyway.
        }
    }

    /// <summary>Waits for <see cref="Notify"/> or <paramref name="timeout"/>, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
