namespace NetralBot.Bot.Broadcasts;

/// <summary>How fast one channel may be sent to.</summary>
/// <param name="RatePerSecond">Messages per second over all chats of this channel.</param>
/// <param name="PerChatInterval">At least this long between two messages to one chat.</param>
internal sealed record BroadcastChannelLimits(double RatePerSecond, TimeSpan PerChatInterval);
