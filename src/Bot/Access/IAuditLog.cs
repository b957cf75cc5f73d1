namespace NetralBot.Bot.Access;

/// <summary>The append-only record of admin actions.</summary>
internal interface IAuditLog
{
    Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The latest entries, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, CancellationToken cancellationToken = default);
}
