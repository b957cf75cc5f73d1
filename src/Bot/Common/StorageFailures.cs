using Microsoft.Data.Sqlite;
using Npgsql;

namespace NetralBot.Bot.Common;

/// <summary>
/// Recognizes errors that mean the database cannot take the write (full, read-only, I/O) rather than a bug, on either
/// provider: a turn that hits one is answered with a polite "try again later" instead of silence or an HTTP 500.
/// </summary>
internal static class StorageFailures
{
    // SQLite result codes: READONLY, IOERR, FULL, CANTOPEN.
    private static readonly HashSet<int> SqliteCodes = [8, 10, 13, 14];

    // PostgreSQL SQLSTATEs: disk full, out of memory, too many connections, read-only transaction, cannot connect now.
    private static readonly HashSet<string> PostgresStates = ["53100", "53200", "53300", "25006", "57P03"];

    /// <summary>True when <paramref name="exception"/> (or an inner one) says the database cannot take writes now.</summary>
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        SqliteException sqlite => SqliteCodes.Contains(sqlite.SqliteErrorCode),
        PostgresException postgres => PostgresStates.Contains(postgres.SqlState),
        NpgsqlException => true, // no server reachable
        { InnerException: { } inner } => IsUnavailable(inner),
        _ => false,
    };
}
