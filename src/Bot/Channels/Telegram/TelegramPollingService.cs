using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>Receives updates by getUpdates long polling; deletes any webhook first (one receiver per token).</summary>
public sealed class TelegramPollingService(
    TelegramApiClient client,
    TelegramUpdateProcessor processor,
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

                // Chats in parallel, each chat's updates in order.
                await Task.WhenAll(updates
                    .Where(u => TelegramUpdateShape.Problem(u) is null)
                    .OrderBy(u => u.Id)
                    .GroupBy(TelegramUpdateShape.ChatKey)
                    .Select(group => ProcessInOrderAsync(group, stoppingToken)));
                offset = updates.Max(u => u.Id) + 1;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                failures++;
                logger.LogError("Telegram polling failed ({Error}); retrying", exception.Message);
                await delay.WaitAsync(TimeSpan.FromSeconds(Math.Min(30, 1 << Math.Min(failures, 5))), stoppingToken);
            }
        }
    }

    private async Task ProcessInOrderAsync(IEnumerable<Update> updates, CancellationToken cancellationToken)
    {
        foreach (var update in updates)
        {
            try
            {
                await processor.ProcessAsync(update, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Update {UpdateId} failed", update.Id);
            }
        }
    }
}
