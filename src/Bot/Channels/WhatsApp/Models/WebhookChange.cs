namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <param name="Field">The subscribed field, <c>messages</c> for messages and statuses.</param>
/// <param name="Value">The content.</param>
internal sealed record WebhookChange(string? Field, WebhookValue? Value);
