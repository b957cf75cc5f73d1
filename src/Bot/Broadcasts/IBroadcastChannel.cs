using NetralBot.Bot.Common;

namespace NetralBot.Bot.Broadcasts;

/// <summary>
/// One platform's side of the delivery engine: how fast it may be sent to and how one message is sent. The engine
/// (<see cref="BroadcastSender"/>) owns the rows, the rate limiters and the retries; an adapter in
/// <c>Channels/&lt;Platform&gt;</c> only translates one send and its error into a <see cref="DeliveryOutcome"/>.
/// </summary>
internal interface IBroadcastChannel
{
    /// <summary>The channel of the subscribers and delivery rows this adapter sends to.</summary>
    Channel Channel { get; }

    /// <summary>The platform's limits for bulk sending.</summary>
    BroadcastChannelLimits Limits { get; }

    /// <summary>
    /// Sends <paramref name="message"/> to <paramref name="chatId"/> once (no retry: the engine retries so that a
    /// flood limit pauses all its workers). Must not ignore an API answer: <see cref="DeliveryOutcome.Sent"/> only
    /// when the platform accepted the message.
    /// </summary>
    Task<DeliveryOutcome> DeliverAsync(BroadcastMessage message, string chatId, CancellationToken cancellationToken);
}
