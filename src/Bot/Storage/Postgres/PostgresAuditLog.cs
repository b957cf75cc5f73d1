using NetralBot.Bot.Admin;
using Npgsql;

namespace NetralBot.Bot.Storage.Postgres;

/// <summary>The audit log in PostgreSQL.</summary>
public sealed class PostgresAuditLog(PostgresDatabase database) : IAuditLog
{
    /// <inheritdoc />
    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("INSERT INTO audit_log(actor, action, target, count, at) VALUES (@a, @w, @t, @n, @at)", connection);
        command.Parameters.AddWithValue("a", entry.Actor);
        command.Parameters.AddWithValue("w", entry.Action);
        command.Parameters.AddWithValue("t", entry.Target);
        command.Parameters.AddWithValue("n", entry.Count);
        command.Parameters.AddWithValue("at", PostgresValues.Utc(entry.At));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT actor, action, target, count, at FROM audit_log ORDER BY id DESC LIMIT @l", connection);
        command.Parameters.AddWithValue("l", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return entries;
    }
}
