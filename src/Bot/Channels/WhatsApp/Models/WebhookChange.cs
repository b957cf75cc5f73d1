namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>One change notification.</summary>
/// <param name="Field">The subscribed field, <c>messages</c> for messages and statuses.</param>
/// <param name="Value">The content.</param>
public sealed record WebhookChange(string? Field, WebhookValue? Value);
