using NetralBot.Bot.Common;

namespace NetralBot.Bot.Channels;

/// <summary>
/// Remembers which inbound messages with string ids (WhatsApp's <c>wamid</c>) were taken, so a redelivered message is
/// processed once. The integer-keyed <see cref="IProcessedUpdateStore"/> stays as it is for Telegram.
/// </summary>
internal interface IProcessedMessageStore
{
    /// <summary>
    /// Records the message; false when it was recorded before (a redelivery), also when it was recorded under
    /// <paramref name="legacyId"/>, its former stored form, which is only looked up, never stored.
    /// </summary>
    Task<bool> TryMarkAsync(Channel channel, string messageId, DateTimeOffset receivedAt, string? legacyId = null, CancellationToken cancellationToken = default);

    /// <summary>Forgets a message whose processing failed, so a redelivery is processed again.</summary>
    Task UnmarkAsync(Channel channel, string messageId, CancellationToken cancellationToken = default);

    /// <summary>Forgets messages received before <paramref name="olderThan"/>; returns how many.</summary>
    Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default);
}
