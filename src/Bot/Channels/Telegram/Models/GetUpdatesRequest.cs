namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>getUpdates.</summary>
/// <param name="Offset">First update id to return; confirms all below it.</param>
/// <param name="Limit">1–100.</param>
/// <param name="Timeout">Long-poll seconds.</param>
/// <param name="AllowedUpdates">Update kinds to receive.</param>
public sealed record GetUpdatesRequest(long? Offset, int? Limit, int? Timeout, IReadOnlyList<string>? AllowedUpdates);
