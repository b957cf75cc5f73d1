using NetralBot.Bot.Admin;

namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>The audit log in SQLite.</summary>
public sealed class SqliteAuditLog(SqliteDatabase database) : IAuditLog
{
    /// <inheritdoc />
    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO audit_log(actor, action, target, count, at) VALUES ($a, $w, $t, $n, $at)";
        command.Parameters.AddWithValue("$a", entry.Actor);
        command.Parameters.AddWithValue("$w", entry.Action);
        command.Parameters.AddWithValue("$t", entry.Target);
        command.Parameters.AddWithValue("$n", entry.Count);
        command.Parameters.AddWithValue("$at", SqliteValues.ToText(entry.At));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT actor, action, target, count, at FROM audit_log ORDER BY id DESC LIMIT $l";
        command.Parameters.AddWithValue("$l", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), SqliteValues.ToTime(reader.GetString(4))));
        }

        return entries;
    }
}
