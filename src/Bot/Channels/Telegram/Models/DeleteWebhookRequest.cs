namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>deleteWebhook.</summary>
/// <param name="DropPendingUpdates">Drop queued updates.</param>
public sealed record DeleteWebhookRequest(bool? DropPendingUpdates);
