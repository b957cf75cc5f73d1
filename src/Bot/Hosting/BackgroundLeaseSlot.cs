using Microsoft.Extensions.Logging;

namespace NetralBot.Bot.Hosting;

/// <summary>
/// One background worker's hold on its lease: checked before each round of work, re-taken when lost or when another
/// process gave it up, and released when the worker stops.
/// </summary>
public sealed class BackgroundLeaseSlot(IBackgroundLease leases, string name, ILogger logger) : IAsyncDisposable
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
        if (_handle is not null)
        {
            logger.LogInformation("This process now holds the {Lease} lease", name);
        }

        return _handle is not null;
    }

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
