using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NetralBot.Bot.Feedback;

/// <summary>
/// Picks up phrasings attached in another <c>serve</c> instance sharing the PostgreSQL database: every
/// <see cref="Interval"/> each instance reads the stored list and rebuilds its engine only when the list changed. The
/// instance where the admin attached has rebuilt already (at once); the others follow within the interval.
/// </summary>
internal sealed class StoredPhrasingRefreshService(LiveKnowledgeBase knowledge, TimeProvider time, ILogger<StoredPhrasingRefreshService> logger) : BackgroundService
{
    /// <summary>How often the stored phrasings are compared.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    if (await knowledge.ReloadAsync(stoppingToken))
                    {
                        logger.LogInformation("Knowledge index rebuilt with phrasings attached in another instance");
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The engine in use stays; the next tick tries again.
                    logger.LogWarning("Stored phrasings not refreshed: {Error}", exception.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
