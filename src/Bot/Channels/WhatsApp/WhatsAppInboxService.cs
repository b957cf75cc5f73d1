using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Channels.WhatsApp.Models;
using NetralBot.Bot.Common;

namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>
/// Works off the WhatsApp inbox in the background: takes pending payloads oldest first, processes users in parallel
/// and each user's messages in order, and deletes a payload only once all it holds is processed. Payloads left by a
/// stopped process are taken at start. Works only while this process holds the <see cref="LeaseName"/> lease, so
/// with several instances on one database each payload is processed by one of them.
/// </summary>
internal sealed class WhatsAppInboxService(
    IWhatsAppInbox inbox,
    WhatsAppWebhookProcessor processor,
    WhatsAppInboxSignal signal,
    IBackgroundLease leases,
    WhatsAppInboxOptions options,
    ILogger<WhatsAppInboxService> logger) : BackgroundService
{
    /// <summary>The lease that the processing instance holds.</summary>
    public const string LeaseName = "whatsapp-inbox";

    /// <summary>Payloads taken per round.</summary>
    public const int BatchSize = 100;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var lease = new BackgroundLeaseSlot(leases, LeaseName, logger);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await lease.EnsureHeldAsync(stoppingToken))
                {
                    // Another instance works the inbox (the webhook still inserts here); ask again after the poll interval.
                    await Task.Delay(options.PollInterval, stoppingToken);
                    continue;
                }

                var items = await inbox.PendingAsync(BatchSize, stoppingToken);
                if (items.Count > 0 && await ProcessAsync(items, stoppingToken))
                {
                    continue; // more may be waiting
                }

                await signal.WaitAsync(options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Reading the WhatsApp inbox failed");
                await signal.WaitAsync(options.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>Processes one batch; returns false when some payload failed (then the loop waits before retrying).</summary>
    private async Task<bool> ProcessAsync(IReadOnlyList<WhatsAppInboxItem> items, CancellationToken cancellationToken)
    {
        var failed = new HashSet<long>();
        var heldBack = new HashSet<long>();
        var parsed = items.Select(item => (Item: item, Payload: Validate(item, failed))).ToList();
        var work = parsed
            .SelectMany(p => p.Payload.Messages.Select(m => (p.Item.Id, Message: m)))
            .GroupBy(x => WhatsAppWebhookProcessor.ChatKey(x.Message))
            .Select(async user =>
            {
                var messages = user.ToList();
                for (var i = 0; i < messages.Count; i++)
                {
                    try
                    {
                        await processor.ProcessMessageAsync(messages[i].Message, cancellationToken);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                    {
                        logger.LogError(exception, "WhatsApp message {MessageId} failed; its payload stays in the inbox", WhatsAppMessageIdDigest.ForLog(messages[i].Message.Id));
                        lock (failed)
                        {
                            failed.Add(messages[i].Id);
                            // Keep this user's order: the payloads of their later messages wait, untouched, for the retry.
                            heldBack.UnionWith(messages.Skip(i + 1).Select(m => m.Id));
                        }

                        return;
                    }
                }
            });
        await Task.WhenAll(work);

        foreach (var (item, payload) in parsed)
        {
            await ProcessStatusesAsync(item, payload, failed, cancellationToken);
            if (failed.Contains(item.Id))
            {
                // Bounded: after MaxAttempts the payload is parked (no longer taken, kept for inspection), so the user's
                // later messages, held back behind it, go on.
                await inbox.FailAsync(item.Id, "processing failed", CancellationToken.None);
                if (item.Attempts + 1 >= IWhatsAppInbox.MaxAttempts)
                {
                    logger.LogError("WhatsApp payload {InboxId} failed {Attempts} times; parked in whatsapp_inbox for inspection", item.Id, item.Attempts + 1);
                }
            }
            else if (!heldBack.Contains(item.Id))
            {
                // Every message in it was processed now or before (de-duplicated), so a redelivery would change nothing.
                await inbox.CompleteAsync(item.Id, CancellationToken.None);
            }
        }

        return failed.Count == 0;
    }

    /// <summary>The valid elements of a stored payload (rows stored before validation existed may hold anything).</summary>
    private ValidatedWebhookPayload Validate(WhatsAppInboxItem item, HashSet<long> failed)
    {
        try
        {
            var payload = WhatsAppPayloadValidator.Validate(item.Payload);
            if (payload.Problems.Count > 0)
            {
                logger.LogWarning("WhatsApp payload {InboxId}: elements left out: {Problems}", item.Id, string.Join("; ", payload.Problems));
            }

            return payload;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "WhatsApp payload {InboxId} could not be read; it counts as a failed attempt", item.Id);
            failed.Add(item.Id);
            return new ValidatedWebhookPayload([], [], []);
        }
    }

    private async Task ProcessStatusesAsync(WhatsAppInboxItem item, ValidatedWebhookPayload payload, HashSet<long> failed, CancellationToken cancellationToken)
    {
        foreach (var status in payload.Statuses)
        {
            try
            {
                await processor.ProcessStatusAsync(status, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(exception, "WhatsApp status of {MessageId} failed; its payload stays in the inbox", WhatsAppMessageIdDigest.ForLog(status.Id));
                failed.Add(item.Id);
            }
        }
    }
}
