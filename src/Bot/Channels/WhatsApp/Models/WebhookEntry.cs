namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>One business account's part of a webhook payload.</summary>
/// <param name="Id">The WhatsApp Business Account id.</param>
/// <param name="Changes">The changes; for messages the field is <c>messages</c>.</param>
internal sealed record WebhookEntry(string? Id, IReadOnlyList<WebhookChange>? Changes);
