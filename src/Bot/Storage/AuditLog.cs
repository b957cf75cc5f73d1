using System.Data.Common;
using NetralBot.Bot.Access;

namespace NetralBot.Bot.Storage;

/// <summary>The audit log (table <c>audit_log</c>).</summary>
internal sealed class AuditLog(StoreDatabase database) : IAuditLog
{
    private const string Insert = "INSERT INTO audit_log(actor, action, target, count, at) VALUES (@Actor, @Action, @Target, @Count, @at)";

    public Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default) => database.ExecuteAsync(Insert, Row(database, entry), cancellationToken);

    /// <summary>Writes <paramref name="entry"/> in another store's transaction: in the same commit as the change it records.</summary>
    internal static Task WriteAsync(StoreDatabase database, DbConnection connection, DbTransaction transaction, AuditEntry entry, CancellationToken cancellationToken) =>
        connection.ExecuteStatementAsync(Insert, Row(database, entry), transaction, cancellationToken);

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, CancellationToken cancellationToken = default) =>
        await database.QueryAsync(
            "SELECT actor, action, target, count, at FROM audit_log ORDER BY id DESC LIMIT @limit",
            new { limit },
            reader => new AuditEntry(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), StoreDatabase.ReadTime(reader, 4)),
            cancellationToken);

    private static object Row(StoreDatabase database, AuditEntry entry) => new { entry.Actor, entry.Action, entry.Target, entry.Count, at = database.Time(entry.At) };
}
