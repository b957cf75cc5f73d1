namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>The bot's membership in a chat changed (e.g. the user blocked it: status <c>kicked</c>).</summary>
/// <param name="Chat">The chat.</param>
/// <param name="From">Who changed it.</param>
/// <param name="Date">Unix time.</param>
/// <param name="NewChatMember">The new membership.</param>
public sealed record ChatMemberUpdated(TelegramChat Chat, TelegramUser From, long Date, ChatMember NewChatMember);
