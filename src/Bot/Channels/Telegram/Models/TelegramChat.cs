namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>A chat.</summary>
/// <param name="Id">Chat id.</param>
/// <param name="Type">private, group, supergroup or channel.</param>
public sealed record TelegramChat(long Id, string Type);
