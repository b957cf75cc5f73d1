namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>A chat membership.</summary>
/// <param name="Status">creator, administrator, member, restricted, left or kicked.</param>
/// <param name="User">The member.</param>
public sealed record ChatMember(string Status, TelegramUser User);
