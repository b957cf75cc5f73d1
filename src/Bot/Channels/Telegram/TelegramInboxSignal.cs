namespace NetralBot.Bot.Channels.Telegram;

/// <summary>Wakes <see cref="TelegramInboxService"/> when the webhook or the poller stored updates.</summary>
internal sealed class TelegramInboxSignal : InboxSignal;
