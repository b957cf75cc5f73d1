namespace NetralBot.Bot.Common;

/// <summary>
/// Checks a held lease in the background during one round of work; <see cref="Token"/> is cancelled when the worker
/// stops or the lease is lost (<see cref="LeaseLost"/>). Dispose it when the round ends, before the lease is used again.
/// </summary>
internal sealed class LeaseWatch : IAsyncDisposable
{
    private readonly CancellationTokenSource _cancellation;
    private readonly CancellationTokenSource _stopChecking = new();
    private Task _checking = Task.CompletedTask;
    private volatile bool _leaseLost;

    private LeaseWatch(CancellationToken stoppingToken) =>
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);

    /// <summary>Cancelled on stop or when the lease was found lost.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>True once a check found the lease lost.</summary>
    public bool LeaseLost => _leaseLost;

    internal static LeaseWatch Start(IBackgroundLeaseHandle handle, TimeSpan interval, TimeProvider time, CancellationToken stoppingToken)
    {
        var watch = new LeaseWatch(stoppingToken);
        watch._checking = watch.CheckAsync(handle, interval, time);
        return watch;
    }

    private async Task CheckAsync(IBackgroundLeaseHandle handle, TimeSpan interval, TimeProvider time)
    {
        var stop = _stopChecking.Token;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(interval, time, stop);
                if (!await handle.IsHeldAsync(stop))
                {
                    _leaseLost = true;
                    await _cancellation.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The round ended: nothing more to watch.
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopChecking.CancelAsync();
        await _checking;
        _stopChecking.Dispose();
        _cancellation.Dispose();
    }
}
