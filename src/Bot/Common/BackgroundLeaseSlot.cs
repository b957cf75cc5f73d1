using Microsoft.Extensions.Logging;

namespace NetralBot.Bot.Common;

/// <summary>
/// One background worker's hold on its lease: checked before each round of work, re-taken when lost or when another
/// process gave it up, and released when the worker stops.
/// </summary>
internal sealed class BackgroundLeaseSlot(IBackgroundLease leases, string name, ILogger logger) : IAsyncDisposable
{
    private IBackgroundLeaseHandle? _handle;

    /// <summary>True when this process holds the lease now (taking it if free); false while another process holds it.</summary>
    public async Task<bool> EnsureHeldAsync(CancellationToken cancellationToken)
    {
        if (_handle is not null)
        {
            if (await _handle.IsHeldAsync(cancellationToken))
            {
                return true;
            }

            logger.LogWarning("Lost the {Lease} lease; stopping that work until it is taken again", name);
            await ReleaseAsync();
        }

        _handle = await leases.TryAcquireAsync(name, cancellationToken);
        if (_handle is null)
        {
            return false;
        }

        if (leases.TakeoverGrace > TimeSpan.Zero)
        {
            // A previous holder whose session just died may still be finishing a round; let it notice and stop first.
            await Task.Delay(leases.TakeoverGrace, cancellationToken);
            if (!await _handle.IsHeldAsync(cancellationToken))
            {
                await ReleaseAsync();
                return false;
            }
        }

        logger.LogInformation("This process now holds the {Lease} lease", name);
        return true;
    }

    /// <summary>
    /// Starts checking, every <paramref name="interval"/>, that the lease taken by <see cref="EnsureHeldAsync"/> is still
    /// held while one round of work runs: the returned watch's token is cancelled on stop or as soon as the lease is
    /// found lost, so a long job stops taking new work within one interval instead of running on beside the next holder.
    /// </summary>
    public LeaseWatch Watch(TimeSpan interval, TimeProvider time, CancellationToken stoppingToken) =>
        _handle is { } handle
            ? LeaseWatch.Start(handle, interval, time, stoppingToken)
            : throw new InvalidOperationException($"The {name} lease is not held; call EnsureHeldAsync first.");

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ReleaseAsync();

    private async ValueTask ReleaseAsync()
    {
        var handle = _handle;
        _handle = null;
        if (handle is not null)
        {
            await handle.DisposeAsync();
        }
    }
}
