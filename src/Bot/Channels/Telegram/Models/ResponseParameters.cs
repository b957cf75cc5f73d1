namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>Why a request failed and what to do.</summary>
/// <param name="RetryAfter">Seconds to wait before repeating (429).</param>
/// <param name="MigrateToChatId">The new id of a group that became a supergroup.</param>
public sealed record ResponseParameters(int? RetryAfter, long? MigrateToChatId);
