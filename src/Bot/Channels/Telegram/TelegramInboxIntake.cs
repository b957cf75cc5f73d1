using System.Text.Json;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>
/// The one door into the inbox for both ingest paths: checks each update's shape, drops (and logs, by update id and
/// field names only) what cannot be processed, stores the rest in one commit and wakes the worker.
/// </summary>
internal sealed class TelegramInboxIntake(ITelegramInbox inbox, TelegramInboxSignal signal, TimeProvider time, ILogger<TelegramInboxIntake> logger)
{
    /// <summary>Stores the processable updates; returns once they are durable. <paramref name="raw"/> holds the webhook body, if any.</summary>
    public async Task AcceptAsync(IReadOnlyList<Update> updates, byte[]? raw, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entries = new List<TelegramInboxEntry>(updates.Count);
        foreach (var update in updates)
        {
            if (TelegramUpdateShape.Problem(update) is { } problem)
            {
                logger.LogWarning("Telegram update {UpdateId} dropped: {Problem}", update.Id, problem);
                continue;
            }

            if (update.Message is null && update.CallbackQuery is null && update.MyChatMember is null)
            {
                logger.LogDebug("Update {UpdateId} of a kind the bot does not handle; ignored", update.Id);
                continue;
            }

            var payload = raw is not null && updates.Count == 1 ? raw : JsonSerializer.SerializeToUtf8Bytes(update, JsonBotAPI.Options);
            entries.Add(new TelegramInboxEntry(update.Id, TelegramUpdateShape.ChatKey(update), payload, now));
        }

        if (entries.Count > 0 && await inbox.AddAsync(entries, cancellationToken) > 0)
        {
            signal.Notify();
        }
    }
}
