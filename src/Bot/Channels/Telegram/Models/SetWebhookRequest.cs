namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>setWebhook.</summary>
/// <param name="Url">HTTPS URL Telegram posts to.</param>
/// <param name="SecretToken">Sent back in <c>X-Telegram-Bot-Api-Secret-Token</c>.</param>
/// <param name="AllowedUpdates">Update kinds to receive.</param>
/// <param name="DropPendingUpdates">Drop queued updates.</param>
public sealed record SetWebhookRequest(string Url, string? SecretToken, IReadOnlyList<string>? AllowedUpdates, bool? DropPendingUpdates);
