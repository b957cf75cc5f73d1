namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>The content of a <c>messages</c> change: inbound messages and/or status callbacks.</summary>
/// <param name="MessagingProduct">Always <c>whatsapp</c>.</param>
/// <param name="Metadata">The business number the change is about.</param>
/// <param name="Messages">Messages users sent.</param>
/// <param name="Statuses">Delivery status callbacks of messages the bot sent.</param>
internal sealed record WebhookValue(string? MessagingProduct, WebhookMetadata? Metadata, IReadOnlyList<InboundMessage>? Messages, IReadOnlyList<MessageStatus>? Statuses);
