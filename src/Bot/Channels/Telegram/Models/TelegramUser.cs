namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>A Telegram user or bot.</summary>
/// <param name="Id">User id (up to 52 significant bits).</param>
/// <param name="IsBot">True for bots.</param>
/// <param name="FirstName">First name.</param>
/// <param name="Username">Username without @, if any.</param>
public sealed record TelegramUser(long Id, bool IsBot, string FirstName, string? Username);
