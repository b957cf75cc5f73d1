using System.Data.Common;
using System.Globalization;
using System.Text;
using NetralBot.Bot.Access;
using NetralBot.Bot.Common;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Privacy;

namespace NetralBot.Bot.Storage;

/// <summary>
/// Personal data across tables, for <c>/datasaya</c>, <c>/hapusdata</c> and the retention job. One store for what
/// touches many tables, so that an erasure is one transaction: either the user is gone everywhere or nowhere.
/// </summary>
internal sealed class PersonalDataStore(StoreDatabase database) : IPersonalDataStore
{
    // An anonymised pledge's account: unique per pledge (the NIP-less unique index covers it), naming nobody.
    private const string ErasedAccount = "dihapus:";

    // Where each channel keeps payloads that failed: Telegram marks a parked row; a WhatsApp row that failed is retried
    // until its attempts run out and then stays. Parked payloads hold the raw update (ids, names, the text).
    private static readonly Dictionary<Channel, (string Table, string Parked)> ParkedPayloads = new()
    {
        [Channel.Telegram] = ("telegram_inbox", "parked_at IS NOT NULL"),
        [Channel.WhatsApp] = ("whatsapp_inbox", "attempts > 0"),
    };

    /// <inheritdoc />
    public async Task<IReadOnlyList<Pledge>> ListPledgesAsync(Channel channel, string userId, CancellationToken cancellationToken = default) =>
        await database.QueryAsync(
            $"SELECT {PledgeStore.Columns} FROM pledges WHERE channel = @channel AND channel_user_id = @userId AND anonymised_at IS NULL ORDER BY id",
            new { channel = channel.Name, userId },
            PledgeStore.Read,
            cancellationToken);

    /// <inheritdoc />
    public async Task<ErasureResult> EraseAsync(Channel channel, string userId, Func<string, string?> nipHash, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var pledges = await connection.QueryRowsAsync(
            $"SELECT id, nip, receipt_code FROM pledges WHERE channel = @channel AND channel_user_id = @userId AND anonymised_at IS NULL{database.ForUpdate}",
            new { channel = channel.Name, userId },
            ReadPledgeKey,
            transaction,
            cancellationToken);
        await AnonymiseAsync(connection, transaction, pledges, nipHash, at, cancellationToken);

        var account = new { channel = channel.Name, userId, actor = new ChannelUser(channel, userId).ToString() };
        var deleted = 0;
        deleted += await connection.ExecuteStatementAsync(
            "DELETE FROM subscribers WHERE channel = @channel AND (user_id = @userId OR chat_id = @userId)", account, transaction, cancellationToken);
        deleted += await connection.ExecuteStatementAsync(
            "DELETE FROM dialog_states WHERE channel = @channel AND user_id = @userId", account, transaction, cancellationToken);
        if (channel == Channel.WhatsApp)
        {
            deleted += await connection.ExecuteStatementAsync(
                "DELETE FROM whatsapp_delivery_failures WHERE chat_id = @userId", account, transaction, cancellationToken);
            // Message ids are stored as digests; rows from before that hold raw wamids, which encode phone numbers, and
            // carry no owner to select by. They only guard against redeliveries in the days after the upgrade: drop them all
            // (not counted as the user's rows).
            await connection.ExecuteStatementAsync(
                "DELETE FROM processed_messages WHERE channel = @channel AND (message_id LIKE 'wamid.%' OR message_id LIKE 'failed:wamid.%')",
                new { channel = channel.Name },
                transaction,
                cancellationToken);
        }

        deleted += await DeleteParkedPayloadsOfAsync(connection, transaction, channel, userId, cancellationToken);

        var unlinked = 0;
        unlinked += await connection.ExecuteStatementAsync(
            // A raw wamid (rows from before digests) encodes the phone number; a digest stays, for a late status callback.
            $"""
            UPDATE broadcast_deliveries SET chat_id = '{ErasedAccount}' || id,
                platform_message_id = CASE WHEN platform_message_id LIKE 'wamid.%' THEN NULL ELSE platform_message_id END
            WHERE channel = @channel AND chat_id = @userId
            """,
            account,
            transaction,
            cancellationToken);
        unlinked += await connection.ExecuteStatementAsync(
            "UPDATE audit_log SET actor = 'dihapus' WHERE actor = @actor", account, transaction, cancellationToken);
        // A job still to run needs its creator for the final report; it names the admin only until it is done.
        unlinked += await connection.ExecuteStatementAsync(
            "UPDATE broadcast_jobs SET created_by = 'dihapus' WHERE created_by = @actor AND status IN ('done', 'cancelled')", account, transaction, cancellationToken);

        var codes = pledges.Select(p => p.ReceiptCode).ToList();
        await AuditLog.WriteAsync(
            database, connection, transaction, new AuditEntry("pemilik-data", "privacy.erase", codes.Count == 0 ? "tanpa-ikrar" : string.Join(' ', codes), codes.Count + deleted + unlinked, at), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ErasureResult(pledges.Count, codes, deleted, unlinked);
    }

    /// <inheritdoc />
    public async Task<int> AnonymiseExpiredPledgesAsync(DateTimeOffset pledgedBefore, Func<string, string?> nipHash, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var total = 0;
        while (true)
        {
            // In batches: one short write transaction at a time, so pledges and /statistik keep flowing meanwhile.
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
            var pledges = await connection.QueryRowsAsync(
                $"SELECT id, nip, receipt_code FROM pledges WHERE pledged_at < @before AND anonymised_at IS NULL ORDER BY id LIMIT 500{database.ForUpdate}",
                new { before = database.Time(pledgedBefore) },
                ReadPledgeKey,
                transaction,
                cancellationToken);
            if (pledges.Count == 0)
            {
                return total;
            }

            await AnonymiseAsync(connection, transaction, pledges, nipHash, at, cancellationToken);
            await AuditLog.WriteAsync(database, connection, transaction, new AuditEntry("retensi", "privacy.retention", "pledges", pledges.Count, at), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            total += pledges.Count;
        }
    }

    /// <inheritdoc />
    public async Task<int> DeleteParkedPayloadsAsync(DateTimeOffset receivedBefore, CancellationToken cancellationToken = default)
    {
        var deleted = 0;
        foreach (var (table, parked) in ParkedPayloads.Values)
        {
            deleted += await database.ExecuteAsync($"DELETE FROM {table} WHERE {parked} AND received_at < @before", new { before = database.Time(receivedBefore) }, cancellationToken);
        }

        return deleted;
    }

    private async Task AnonymiseAsync(
        DbConnection connection, DbTransaction transaction, List<(long Id, string? Nip, string ReceiptCode)> pledges, Func<string, string?> nipHash, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        foreach (var (id, nip, receipt) in pledges)
        {
            // An UPDATE: the statistics triggers keep the pledge in its agency and status, and take the account out of the
            // pledged-subscriber counts.
            await connection.ExecuteStatementAsync(
                "UPDATE pledges SET full_name = '', nip = NULL, nip_hash = @hash, channel_user_id = @account, anonymised_at = @at WHERE id = @id",
                new { hash = nip is null ? null : nipHash(nip), account = ErasedAccount + receipt, at = database.Time(at), id },
                transaction,
                cancellationToken);
            await connection.ExecuteStatementAsync(
                "UPDATE pledge_versions SET full_name = '', nip = NULL WHERE pledge_id = @id", new { id }, transaction, cancellationToken);
        }
    }

    // A parked payload of the user's channel that mentions their id: in a private chat the chat id is the user id; a
    // group's parked update names the user only inside the payload. A payload being processed now is deleted by its
    // worker when done.
    private static async Task<int> DeleteParkedPayloadsOfAsync(DbConnection connection, DbTransaction transaction, Channel channel, string userId, CancellationToken cancellationToken)
    {
        if (!ParkedPayloads.TryGetValue(channel, out var parked))
        {
            return 0;
        }

        var rows = await connection.QueryRowsAsync(
            $"SELECT id, payload FROM {parked.Table} WHERE {parked.Parked}", null, r => (Id: Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), Payload: (byte[])r.GetValue(1)), transaction, cancellationToken);
        var needle = Encoding.UTF8.GetBytes(userId);
        var ids = rows.Where(r => Mentions(r.Payload, needle)).Select(r => r.Id).ToList();
        foreach (var id in ids)
        {
            await connection.ExecuteStatementAsync($"DELETE FROM {parked.Table} WHERE id = @id", new { id }, transaction, cancellationToken);
        }

        return ids.Count;
    }

    // The id as a whole number: 501 is not found inside 15012.
    private static bool Mentions(ReadOnlySpan<byte> payload, ReadOnlySpan<byte> id)
    {
        var offset = 0;
        while (payload[offset..].IndexOf(id) is var found and >= 0)
        {
            var start = offset + found;
            var end = start + id.Length;
            if ((start == 0 || !char.IsAsciiDigit((char)payload[start - 1])) && (end == payload.Length || !char.IsAsciiDigit((char)payload[end])))
            {
                return true;
            }

            offset = start + 1;
        }

        return false;
    }

    private static (long Id, string? Nip, string ReceiptCode) ReadPledgeKey(DbDataReader reader) =>
        (Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), StoreDatabase.ReadTextOrNull(reader, 1), reader.GetString(2));
}
