using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NetralBot.Bot.Common;

/// <summary>
/// A background job run at start and then every <c>interval</c>, only in the process that holds its lease (one process
/// at a time when instances share a PostgreSQL database). A failed run is logged without its stack and tried again after
/// <c>retryAfter</c>.
/// </summary>
internal abstract class LeasedPeriodicJob(
    string leaseName, string jobName, TimeSpan interval, TimeSpan retryAfter, IBackgroundLease leases, TimeProvider time, ILogger logger)
    : BackgroundService
{
    /// <summary>The clock the job waits on; also the one its runs read.</summary>
    protected TimeProvider Time { get; } = time;

    /// <summary>One run; it logs its own result.</summary>
    protected abstract Task RunAsync(CancellationToken cancellationToken);

    /// <inheritdoc />
    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var lease = new BackgroundLeaseSlot(leases, leaseName, logger);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await lease.EnsureHeldAsync(stoppingToken))
                {
                    await RunAsync(stoppingToken);
                }

                await Task.Delay(interval, Time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning("{Job} failed: {Error}", jobName, exception.Message);
                await Task.Delay(retryAfter, Time, stoppingToken);
            }
        }
    }
}
