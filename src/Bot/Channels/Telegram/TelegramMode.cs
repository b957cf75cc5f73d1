namespace NetralBot.Bot.Channels.Telegram;

/// <summary>How updates arrive.</summary>
internal enum TelegramMode
{
    /// <summary>getUpdates long polling (default).</summary>
    Polling,

    /// <summary>Telegram posts to <c>POST /webhooks/telegram</c>.</summary>
    Webhook,
}
