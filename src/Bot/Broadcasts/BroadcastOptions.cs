namespace NetralBot.Bot.Broadcasts;

/// <summary>Settings of the broadcast sender (section <c>Broadcast</c>).</summary>
/// <param name="GlobalRatePerSecond">
/// Telegram messages per second over all chats (<c>Broadcast:GlobalRatePerSecond</c>, default 30): the Telegram
/// adapter's <see cref="BroadcastChannelLimits"/>; each channel brings its own limits.
/// </param>
/// <param name="PerChatInterval">At least this long between two Telegram messages to one chat (about 1 s).</param>
/// <param name="Workers">Concurrent sends; each has at most one message in flight.</param>
/// <param name="PollInterval">How often the sender looks for due jobs.</param>
internal sealed record BroadcastOptions(double GlobalRatePerSecond, TimeSpan PerChatInterval, int Workers, TimeSpan PollInterval)
{
    /// <summary>The default global rate: Telegram's free broadcast limit.</summary>
    public const double DefaultGlobalRatePerSecond = 30;

    /// <summary>30 messages/s, 1 s per chat, 8 workers, looks for jobs every 2 s.</summary>
    public static BroadcastOptions Default { get; } = new(DefaultGlobalRatePerSecond, TimeSpan.FromSeconds(1), 8, TimeSpan.FromSeconds(2));
}
