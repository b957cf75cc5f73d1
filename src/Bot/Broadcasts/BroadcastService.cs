using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Common;

namespace NetralBot.Bot.Broadcasts;

/// <summary>
/// The background loop of <c>serve</c>: picks up due (and interrupted) broadcast jobs every few seconds, while this
/// process holds the <see cref="LeaseName"/> lease (with several instances on one database, only one sends).
/// </summary>
internal sealed class BroadcastService(
    BroadcastSender sender, BroadcastOptions options, IBackgroundLease leases, TimeProvider time, ILogger<BroadcastService> logger) : BackgroundService
{
    /// <summary>The lease that the sending process holds.</summary>
    public const string LeaseName = "broadcast";

    /// <summary>
    /// How often a running job checks that its lease is still held: after a lost connection, two instances can send
    /// the same job's rows for at most this long.
    /// </summary>
    public static readonly TimeSpan LeaseCheckInterval = TimeSpan.FromSeconds(1);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (sender.Channels.Count == 0)
        {
            // Jobs stay queued (the CLI can still queue them) until a serve with a configured channel picks them up.
            logger.LogWarning("No broadcast channel is configured; queued broadcasts are not sent by this process");
            return;
        }

        await using var lease = new BackgroundLeaseSlot(leases, LeaseName, logger);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.PollInterval;
            try
            {
                // Without the lease another instance sends; this one asks again every poll interval.
                if (await lease.EnsureHeldAsync(stoppingToken))
                {
                    // A job can run for minutes: if the lease goes meanwhile, stop taking rows before the next holder
                    // resumes the same job (in-flight sends still finish and are recorded).
                    await using var watch = lease.Watch(LeaseCheckInterval, time, stoppingToken);
                    try
                    {
                        if (await sender.RunNextDueAsync(watch.Token))
                        {
                            continue; // there may be another job due at once
                        }
                    }
                    catch (OperationCanceledException) when (watch.LeaseLost && !stoppingToken.IsCancellationRequested)
                    {
                        logger.LogWarning("Lost the {Lease} lease during a broadcast; this process stopped sending it", LeaseName);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (BroadcastInterruptedException exception)
            {
                logger.LogWarning("{Reason}; resuming in {Seconds:F0} s", exception.Message, exception.ResumeAfter.TotalSeconds);
                wait = exception.ResumeAfter;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Broadcast sender failed; retrying shortly");
            }

            try
            {
                await Task.Delay(wait, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
