namespace NetralBot.Bot.Subscribers;

/// <summary>Someone who contacted the bot on a channel; the recipient registry for later broadcasts.</summary>
/// <param name="Channel">The channel, e.g. <c>telegram</c>.</param>
/// <param name="ChatId">The chat to send to.</param>
/// <param name="UserId">The user's id on the channel.</param>
/// <param name="IsActive">False after the user blocked the bot.</param>
/// <param name="LastSeenAt">Time of the last inbound message.</param>
/// <param name="InactiveReason">Why the subscriber became inactive, if so.</param>
public sealed record Subscriber(string Channel, string ChatId, string UserId, bool IsActive, DateTimeOffset LastSeenAt, string? InactiveReason);
