namespace NetralBot.Bot.Channels.Telegram;

/// <summary>Wakes <see cref="TelegramInboxService"/> when the webhook or the poller stored updates.</summary>
public sealed class TelegramInboxSignal : InboxSignal;
