using NetralBot.Bot.Common;

namespace NetralBot.Bot.Channels;

/// <summary>Remembers which inbound updates were taken, so a redelivered update is processed once.</summary>
internal interface IProcessedUpdateStore
{
    /// <summary>Records the update; false when it was recorded before (a redelivery).</summary>
    Task<bool> TryMarkAsync(Channel channel, long updateId, DateTimeOffset receivedAt, CancellationToken cancellationToken = default);

    /// <summary>Forgets an update whose processing failed, so a redelivery is processed again.</summary>
    Task UnmarkAsync(Channel channel, long updateId, CancellationToken cancellationToken = default);

    /// <summary>Forgets updates received before <paramref name="olderThan"/>; returns how many.</summary>
    Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default);
}
