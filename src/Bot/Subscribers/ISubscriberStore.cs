using NetralBot.Bot.Common;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Subscribers;

/// <summary>The recipient registry.</summary>
internal interface ISubscriberStore
{
    /// <summary>Records an inbound contact; reactivates a subscriber who had blocked the bot, but keeps an opt-out.</summary>
    Task TouchAsync(Channel channel, string chatId, string userId, DateTimeOffset seenAt, CancellationToken cancellationToken = default);

    /// <summary>Marks a chat as unreachable (blocked the bot, kicked it).</summary>
    Task MarkInactiveAsync(Channel channel, string chatId, string reason, CancellationToken cancellationToken = default);

    Task<Subscriber?> FindAsync(Channel channel, string chatId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opts the chat out of broadcasts (<c>/berhenti</c>) or back in (<c>/mulai</c>, <paramref name="optedOutAt"/> null),
    /// creating the subscriber if it has not been recorded yet.
    /// </summary>
    /// <returns>True when the preference changed; false when it already was so.</returns>
    Task<bool> SetOptedOutAsync(Channel channel, string chatId, string userId, DateTimeOffset seenAt, DateTimeOffset? optedOutAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the chat's time zone (<c>/zona</c>), creating the subscriber if it has not been recorded yet; reminders
    /// planned per zone then reach the chat at the local hour of <paramref name="zone"/>.
    /// </summary>
    Task SetTimeZoneAsync(Channel channel, string chatId, string userId, DateTimeOffset seenAt, IndonesianTimeZone zone, CancellationToken cancellationToken = default);
}
