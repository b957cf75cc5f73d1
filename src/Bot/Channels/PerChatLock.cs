namespace NetralBot.Bot.Channels;

/// <summary>
/// Runs work of the same chat one at a time (per-chat order) while different chats run in parallel.
/// Striped locks keep memory bounded however many chats there are.
/// </summary>
internal sealed class PerChatLock
{
    private readonly SemaphoreSlim[] _stripes;

    /// <summary>Creates <paramref name="stripes"/> locks.</summary>
    public PerChatLock(int stripes = 256)
    {
        _stripes = Enumerable.Range(0, stripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
    }

    /// <summary>Runs <paramref name="work"/> while holding the chat's lock.</summary>
    public async Task RunAsync(string chatKey, Func<Task> work, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(chatKey) % (uint)_stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        try
        {
            await work();
        }
        finally
        {
            stripe.Release();
        }
    }
}
