using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>
/// Receives updates by getUpdates long polling (after deleting any webhook: one receiver per token), stores each batch
/// in the inbox and only then confirms it with the next offset. Processing happens in <see cref="TelegramInboxService"/>,
/// so a slow or failing update never holds up the offset.
/// </summary>
internal sealed class TelegramPollingService(
    TelegramApiClient client,
    TelegramInboxIntake intake,
    TelegramOptions options,
    IRetryDelay delay,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        var failures = 0;
        var webhookDeleted = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!webhookDeleted)
                {
                    await client.DeleteWebhookAsync(stoppingToken);
                    webhookDeleted = true;
                    logger.LogInformation("Telegram long polling started");
                }

                var updates = await client.GetUpdatesAsync(offset, options.PollingTimeoutSeconds, stoppingToken);
                failures = 0;
                if (updates.Length == 0)
                {
                    continue;
                }

                await intake.AcceptAsync(updates, null, stoppingToken);
                // Malformed updates are dropped by the intake and confirmed with the rest.
                offset = Math.Max(offset ?? 0, updates.Max(u => u.Id) + 1);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                failures++;
                logger.LogError("Telegram polling failed ({Error}); retrying", TelegramErrors.Describe(exception));
                await delay.WaitAsync(TimeSpan.FromSeconds(Math.Min(30, 1 << Math.Min(failures, 5))), stoppingToken);
            }
        }
    }
}
