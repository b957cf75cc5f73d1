using NetralBot.Bot.Common;

namespace NetralBot.Bot.Broadcasts;

/// <summary>A recipient still to be sent to.</summary>
/// <param name="Id">The delivery row id.</param>
/// <param name="Channel">The channel.</param>
/// <param name="ChatId">The chat.</param>
internal sealed record PendingDelivery(long Id, Channel Channel, string ChatId);
