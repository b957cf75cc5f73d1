namespace NetralBot.Bot.Access;

/// <summary>The append-only record of admin actions.</summary>
public interface IAuditLog
{
    /// <summary>Appends an entry.</summary>
    Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The latest entries, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, CancellationToken cancellationToken = default);
}
