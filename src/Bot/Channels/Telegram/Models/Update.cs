namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>An incoming update; at most one of the optional fields is present. Unknown kinds have none of them.</summary>
/// <param name="UpdateId">Sequential id, used for offsets and de-duplication.</param>
/// <param name="Message">A new message.</param>
/// <param name="EditedMessage">An edited message.</param>
/// <param name="CallbackQuery">A button press.</param>
/// <param name="MyChatMember">The bot's membership changed.</param>
public sealed record Update(long UpdateId, TelegramMessage? Message, TelegramMessage? EditedMessage, CallbackQuery? CallbackQuery, ChatMemberUpdated? MyChatMember);
