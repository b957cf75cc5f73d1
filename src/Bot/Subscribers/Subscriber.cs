using NetralBot.Bot.Common;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Subscribers;

/// <summary>Someone who contacted the bot on a channel; the recipient registry for later broadcasts.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="ChatId">The chat to send to.</param>
/// <param name="UserId">The user's id on the channel.</param>
/// <param name="IsActive">False after the user blocked the bot.</param>
/// <param name="LastSeenAt">Time of the last inbound message.</param>
/// <param name="InactiveReason">Why the subscriber became inactive, if so.</param>
/// <param name="OptedOutAt">When the user opted out of broadcasts (<c>/berhenti</c>); null while they receive them.</param>
/// <param name="TimeZone">The user's zone set with <c>/zona</c>; null while not known (reminders then follow WIB).</param>
internal sealed record Subscriber(
    Channel Channel,
    string ChatId,
    string UserId,
    bool IsActive,
    DateTimeOffset LastSeenAt,
    string? InactiveReason,
    DateTimeOffset? OptedOutAt = null,
    IndonesianTimeZone? TimeZone = null)
{
    /// <summary>True when broadcasts reach this subscriber: active and not opted out.</summary>
    public bool ReceivesBroadcasts => IsActive && OptedOutAt is null;
}
