using System.Globalization;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Channels.WhatsApp.Models;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Common;
using NetralBot.Bot.Subscribers;

namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>
/// Processes what a webhook payload holds: each inbound message once (persistent de-duplication by <c>wamid</c>),
/// in order per user, through the same <see cref="ConversationEngine"/> as Telegram; status callbacks are logged, a
/// <c>failed</c> one corrects the broadcast row of that message (accepted at send time, not delivered after all), and
/// a run of undeliverable ones makes the subscriber inactive.
/// </summary>
internal sealed class WhatsAppWebhookProcessor(
    IProcessedMessageStore processed,
    PerChatLock chats,
    ConversationEngine engine,
    WhatsAppReplySender sender,
    ISubscriberStore subscribers,
    IWhatsAppFailureStore failures,
    IBroadcastStore broadcasts,
    TimeProvider time,
    ILogger<WhatsAppWebhookProcessor> logger)
{
    /// <summary>Consecutive undeliverable callbacks after which a subscriber is marked inactive.</summary>
    public const int UndeliverableLimit = 3;


    /// <summary>The key that orders a message among others: its sender.</summary>
    public static string ChatKey(InboundMessage message) => Channel.WhatsApp.Name + ":" + (message.From ?? message.Id ?? string.Empty);

    /// <summary>Processes one inbound message once; a redelivery does nothing.</summary>
    /// <returns>False when it had been processed before or lacks a sender or id.</returns>
    public async Task<bool> ProcessMessageAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(message.From) || string.IsNullOrEmpty(message.Id))
        {
            logger.LogWarning("WhatsApp message without sender or id (type {Type}); ignored", message.Type);
            return false;
        }

        try
        {
            return await ProcessOnceAsync(message, cancellationToken);
        }
        catch (Exception exception) when (StorageFailures.IsUnavailable(exception))
        {
            // The user is waiting: say so rather than stay silent; the message counts as handled (they write again later).
            logger.LogError("WhatsApp message {MessageId}: the database takes no writes ({Error}); the user was asked to try again later", WhatsAppMessageIdDigest.ForLog(message.Id), exception.Message);
            try
            {
                await sender.SendAsync(message.From, [Reply.Plain(BotTexts.StorageUnavailable)], cancellationToken);
            }
            catch (WhatsAppApiException sendFailure)
            {
                logger.LogError("The storage-failure reply could not be sent: {Error}", sendFailure.Message);
            }

            return true;
        }
    }

    private async Task<bool> ProcessOnceAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(message.From) || string.IsNullOrEmpty(message.Id))
        {
            return false;
        }

        var processedNow = false;
        await chats.RunAsync(ChatKey(message), async () =>
        {
            var now = time.GetUtcNow();
            // Stored as a digest (the wamid encodes the phone number); rows stored raw before the upgrade still count
            // until they are pruned, so a payload in flight at the upgrade is not answered twice.
            var key = WhatsAppMessageIdDigest.Of(message.Id);
            if (!await processed.TryMarkAsync(Channel.WhatsApp, key, now, legacyId: message.Id, cancellationToken))
            {
                logger.LogDebug("WhatsApp message {MessageId} was processed before; skipped", WhatsAppMessageIdDigest.ForLog(message.Id));
                return;
            }

            processedNow = true;
            IReadOnlyList<Reply> replies;
            try
            {
                var sentAt = SentAt(message, now);
                // LastSeenAt opens the 24-hour window broadcasts rely on: the time the user wrote, not when we got to it.
                await subscribers.TouchAsync(Channel.WhatsApp, message.From, message.From, sentAt, cancellationToken);
                await failures.ResetAsync(message.From, cancellationToken);
                replies = await engine.HandleAsync(ToTurn(message, now), cancellationToken);
            }
            catch
            {
                // Nothing was acknowledged to the user: the inbox row stays and is processed again.
                await processed.UnmarkAsync(Channel.WhatsApp, key, CancellationToken.None);
                throw;
            }

            try
            {
                await sender.SendAsync(message.From, replies, cancellationToken);
            }
            catch (WhatsAppApiException exception)
            {
                // Not retried by processing again: the turn's effects (e.g. a pledge) are committed.
                logger.LogError("Replies to WhatsApp message {MessageId} could not be sent: {Error}", WhatsAppMessageIdDigest.ForLog(message.Id), exception.Message);
            }
        }, cancellationToken);
        return processedNow;
    }

    /// <summary>
    /// Logs a status callback. A <c>failed</c> one moves the broadcast row of that message from <c>sent</c> to
    /// <c>outside_window</c> (131047) or <c>failed</c>, so <c>broadcast status</c> does not overstate delivery; and
    /// undeliverable failures are counted once per message.
    /// </summary>
    public async Task ProcessStatusAsync(MessageStatus status, CancellationToken cancellationToken)
    {
        if (status.Status != "failed")
        {
            logger.LogDebug("WhatsApp message {MessageId} {Status}", WhatsAppMessageIdDigest.ForLog(status.Id), status.Status);
            return;
        }

        var errors = status.Errors ?? [];
        logger.LogWarning(
            "WhatsApp message {MessageId} to {Recipient} failed: {Errors}",
            WhatsAppMessageIdDigest.ForLog(status.Id),
            WhatsAppIds.Mask(status.RecipientId),
            string.Join("; ", errors.Select(e => e.Code.ToString(CultureInfo.InvariantCulture) + " " + (e.Title ?? e.Message))));
        if (status.Id is { Length: > 0 } messageId)
        {
            await RecordLateFailureAsync(messageId, errors, cancellationToken);
        }

        if (status.RecipientId is not { Length: > 0 } recipient || status.Id is null
            || !errors.Any(e => e.Code == WhatsAppApiException.Undeliverable))
        {
            return;
        }

        // Statuses are redelivered like messages; count each failed message once. Never re-send from here.
        if (!await processed.TryMarkAsync(
            Channel.WhatsApp, "failed:" + WhatsAppMessageIdDigest.Of(status.Id), time.GetUtcNow(), legacyId: "failed:" + status.Id, cancellationToken))
        {
            return;
        }

        var count = await failures.RecordUndeliverableAsync(recipient, WhatsAppApiException.Undeliverable, time.GetUtcNow(), cancellationToken);
        if (count >= UndeliverableLimit)
        {
            logger.LogInformation("WhatsApp recipient {Recipient} undeliverable {Count} times in a row; subscriber marked inactive", WhatsAppIds.Mask(recipient), count);
            await subscribers.MarkInactiveAsync(Channel.WhatsApp, recipient, $"{count}x {WhatsAppApiException.Undeliverable} undeliverable", cancellationToken);
        }
    }

    private async Task RecordLateFailureAsync(string messageId, IReadOnlyList<StatusError> errors, CancellationToken cancellationToken)
    {
        // 131047 after acceptance means the window had closed: the recipient is reported "outside window", as when the
        // send itself is refused with it, never as a silent failure.
        var outsideWindow = errors.Any(e => e.Code == WhatsAppApiException.ReEngagement);
        var detail = errors.Count == 0
            ? "status failed"
            : string.Join("; ", errors.Select(e => e.Code.ToString(CultureInfo.InvariantCulture) + " " + (e.Title ?? e.Message)));
        // Idempotent in the store (only a row still "sent" changes), so a redelivered callback needs no de-duplication here.
        // Rows keep the digest (WhatsAppBroadcastChannel); a callback for a broadcast sent raw in the minutes before the
        // upgrade matches nothing and is only logged, as one for a conversation reply.
        var changed = await broadcasts.RecordLateFailureAsync(
            Channel.WhatsApp,
            WhatsAppMessageIdDigest.Of(messageId),
            outsideWindow ? DeliveryStatus.OutsideWindow : DeliveryStatus.Failed,
            "gagal setelah diterima WhatsApp: " + detail,
            time.GetUtcNow(),
            cancellationToken);
        if (changed)
        {
            logger.LogInformation(
                "Broadcast delivery of WhatsApp message {MessageId} corrected from sent to {Status}", WhatsAppMessageIdDigest.ForLog(messageId), outsideWindow ? "outside_window" : "failed");
        }
    }

    /// <summary>Maps a message to a turn: text as text, a chosen button or list row as its id, anything else as a non-text turn (a polite reply).</summary>
    public static Turn ToTurn(InboundMessage message, DateTimeOffset receivedAt)
    {
        var from = message.From ?? string.Empty;
        var (text, buttonData) = message.Type switch
        {
            "text" => (message.Text?.Body, null),
            "interactive" => (null, message.Interactive?.ButtonReply?.Id ?? message.Interactive?.ListReply?.Id),
            // A template's quick-reply payload is fixed when the template is approved, unknown to the conversation; the
            // label the user pressed reads like typed text ("Berhenti", "Ikrar").
            "button" => (message.Button?.Text ?? message.Button?.Payload, null),
            _ => ((string?)null, (string?)null),
        };
        // Cloud API user messages come from one person to the business: always a private chat.
        return new Turn(Channel.WhatsApp, from, from, text, buttonData, receivedAt, ChatKind.Private);
    }

    private static DateTimeOffset SentAt(InboundMessage message, DateTimeOffset now) =>
        long.TryParse(message.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && seconds > 0 && DateTimeOffset.FromUnixTimeSeconds(seconds) is var sent && sent <= now
            ? sent
            : now;
}
