namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>Wakes <see cref="WhatsAppInboxService"/> when the webhook stored a payload, so replies do not wait for the next poll.</summary>
internal sealed class WhatsAppInboxSignal : InboxSignal;
