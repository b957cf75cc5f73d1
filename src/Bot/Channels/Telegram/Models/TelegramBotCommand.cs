namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>A menu command.</summary>
/// <param name="Command">1–32 chars, lower case, without slash.</param>
/// <param name="Description">3–256 chars.</param>
public sealed record TelegramBotCommand(string Command, string Description);
