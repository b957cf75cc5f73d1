namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>The envelope of every Bot API response.</summary>
/// <typeparam name="T">The type of <c>result</c>.</typeparam>
/// <param name="Ok">True on success.</param>
/// <param name="Result">The method's result on success.</param>
/// <param name="ErrorCode">The error code on failure (HTTP-like: 400, 403, 429 ...).</param>
/// <param name="Description">Human-readable error text.</param>
/// <param name="Parameters">Extra data, e.g. <c>retry_after</c>.</param>
public sealed record TelegramResponse<T>(bool Ok, T? Result, int? ErrorCode, string? Description, ResponseParameters? Parameters);
