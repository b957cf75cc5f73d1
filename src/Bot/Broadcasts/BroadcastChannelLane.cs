using System.Threading.RateLimiting;

namespace NetralBot.Bot.Broadcasts;

/// <summary>
/// The engine's state for one channel: its adapter, a global token bucket and a per-chat bucket built from the
/// adapter's <see cref="BroadcastChannelLimits"/>, and the shared flood-limit pause. One lane per channel, so that
/// Telegram's flood limit never slows WhatsApp and each platform's rate is honoured on its own.
/// </summary>
internal sealed class BroadcastChannelLane : IDisposable
{
    private readonly TokenBucketRateLimiter _global;
    private readonly PartitionedRateLimiter<string> _perChat;
    private long _pausedUntilTicks;

    public BroadcastChannelLane(IBroadcastChannel channel)
    {
        Channel = channel;
        var limits = channel.Limits;
        if (!(limits.RatePerSecond > 0) || limits.PerChatInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"Broadcast channel \"{channel.Channel}\" has invalid limits: {limits}.", nameof(channel));
        }

        // Small periods keep the rate smooth: 30/s → one token every 33 ms rather than a burst of 30 each second.
        var period = TimeSpan.FromSeconds(Math.Max(0.01, 1 / limits.RatePerSecond));
        var tokens = Math.Max(1, (int)Math.Round(limits.RatePerSecond * period.TotalSeconds));
        _global = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        _perChat = PartitionedRateLimiter.Create<string, string>(chat => RateLimitPartition.GetTokenBucketLimiter(chat, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = limits.PerChatInterval,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }));
    }

    public IBroadcastChannel Channel { get; }

    /// <summary>Waits for a token of the channel's global bucket, then of the chat's bucket.</summary>
    public async Task AcquireAsync(string chatId, CancellationToken cancellationToken)
    {
        await AcquireAsync(_global.AcquireAsync(1, cancellationToken));
        await AcquireAsync(_perChat.AcquireAsync(chatId, 1, cancellationToken));
    }

    /// <summary>How long every worker of this channel must still wait after a flood limit; zero or less when none.</summary>
    public TimeSpan PausedFor(DateTimeOffset now) => new DateTimeOffset(Interlocked.Read(ref _pausedUntilTicks), TimeSpan.Zero) - now;

    /// <summary>Pauses every worker of this channel until <paramref name="now"/> + <paramref name="wait"/> (never shortens a pause).</summary>
    public void PauseAll(DateTimeOffset now, TimeSpan wait)
    {
        var until = (now + wait).UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _pausedUntilTicks);
            if (current >= until)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _pausedUntilTicks, until, current) != current);
    }

    public void Dispose()
    {
        _global.Dispose();
        _perChat.Dispose();
    }

    private static async Task AcquireAsync(ValueTask<RateLimitLease> acquiring)
    {
        using var lease = await acquiring;
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("Rate limiter queue refused a lease.");
        }
    }
}
