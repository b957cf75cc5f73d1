namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>A request without parameters (getMe).</summary>
public sealed record EmptyRequest;
