using NetralBot.Bot.Channels;
using NetralBot.Bot.Common;

namespace NetralBot.Bot.Storage;

/// <summary>
/// Processed platform ids, one shape for both kinds: Telegram's numeric update ids (<c>processed_updates</c>) and
/// WhatsApp's string message ids (<c>processed_messages</c>). The primary key makes a mark atomic, also across instances.
/// </summary>
internal sealed class ProcessedIdStore(StoreDatabase database) : IProcessedUpdateStore, IProcessedMessageStore
{
    private static readonly (string Table, string Column) Updates = ("processed_updates", "update_id");
    private static readonly (string Table, string Column) Messages = ("processed_messages", "message_id");

    public Task<bool> TryMarkAsync(Channel channel, long updateId, DateTimeOffset receivedAt, CancellationToken cancellationToken = default) =>
        MarkAsync(Updates, channel, updateId, receivedAt, cancellationToken);

    public async Task<bool> TryMarkAsync(Channel channel, string messageId, DateTimeOffset receivedAt, string? legacyId = null, CancellationToken cancellationToken = default) =>
        // The NOT EXISTS finds a row stored under the former form (raw wamids, until pruned); a null legacy id matches nothing.
        await database.ExecuteAsync(
            $"""
            INSERT INTO {Messages.Table}(channel, {Messages.Column}, received_at)
            SELECT @channel, @id, @at WHERE NOT EXISTS (SELECT 1 FROM {Messages.Table} WHERE channel = @channel AND {Messages.Column} = @legacyId)
            ON CONFLICT DO NOTHING
            """,
            new { channel = channel.Name, id = messageId, at = database.Time(receivedAt), legacyId },
            cancellationToken) == 1;

    public Task UnmarkAsync(Channel channel, long updateId, CancellationToken cancellationToken = default) => UnmarkAsync(Updates, channel, updateId, cancellationToken);

    public Task UnmarkAsync(Channel channel, string messageId, CancellationToken cancellationToken = default) => UnmarkAsync(Messages, channel, messageId, cancellationToken);

    Task<int> IProcessedUpdateStore.PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken) => PruneAsync(Updates, olderThan, cancellationToken);

    Task<int> IProcessedMessageStore.PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken) => PruneAsync(Messages, olderThan, cancellationToken);

    private async Task<bool> MarkAsync((string Table, string Column) kind, Channel channel, object id, DateTimeOffset receivedAt, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            $"INSERT INTO {kind.Table}(channel, {kind.Column}, received_at) VALUES (@channel, @id, @at) ON CONFLICT DO NOTHING",
            new { channel = channel.Name, id, at = database.Time(receivedAt) },
            cancellationToken) == 1;

    private Task UnmarkAsync((string Table, string Column) kind, Channel channel, object id, CancellationToken cancellationToken) =>
        database.ExecuteAsync($"DELETE FROM {kind.Table} WHERE channel = @channel AND {kind.Column} = @id", new { channel = channel.Name, id }, cancellationToken);

    private Task<int> PruneAsync((string Table, string Column) kind, DateTimeOffset olderThan, CancellationToken cancellationToken) =>
        database.ExecuteAsync($"DELETE FROM {kind.Table} WHERE received_at < @at", new { at = database.Time(olderThan) }, cancellationToken);
}
