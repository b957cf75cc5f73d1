namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>The body of a webhook POST: <c>{"object": "whatsapp_business_account", "entry": [...]}</c>.</summary>
/// <param name="Object">Always <c>whatsapp_business_account</c> for WhatsApp.</param>
/// <param name="Entry">One entry per business account.</param>
internal sealed record WebhookPayload(string? Object, IReadOnlyList<WebhookEntry>? Entry);
