using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NetralBot.Bot.Channels;

/// <summary>
/// Keeps the de-duplication tables small: forgets update and message ids older than 30 days, once at start and then daily.
/// Platforms stop redelivering long before that (Telegram: 24 h; WhatsApp: 7 days).
/// </summary>
internal sealed class ProcessedIdPruningService(
    IProcessedUpdateStore store, IProcessedMessageStore messages, TimeProvider time, ILogger<ProcessedIdPruningService> logger) : BackgroundService
{
    /// <summary>How long an update id is remembered.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var cutoff = time.GetUtcNow() - Retention;
                var removed = await store.PruneAsync(cutoff, stoppingToken) + await messages.PruneAsync(cutoff, stoppingToken);
                logger.LogDebug("Pruned {Count} processed update ids", removed);
                await Task.Delay(TimeSpan.FromDays(1), time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning("Pruning processed update ids failed: {Error}", exception.Message);
                await Task.Delay(TimeSpan.FromHours(1), time, stoppingToken);
            }
        }
    }
}
