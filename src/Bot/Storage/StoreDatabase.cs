using System.Data.Common;
using System.Globalization;
using Dapper;

namespace NetralBot.Bot.Storage;

/// <summary>
/// One database the stores run on, and the dialect of its SQL: only what really differs between SQLite and PostgreSQL
/// (connections, how a time and a boolean are written, the write-transaction mode, row locks). The
/// stores write one statement for both with <c>@name</c> parameters, which both providers accept.
/// </summary>
internal abstract class StoreDatabase
{
    /// <summary>The literal of a true boolean column value (<c>1</c> on SQLite, <c>TRUE</c> on PostgreSQL).</summary>
    internal abstract string True { get; }

    /// <summary>The literal of a false boolean column value.</summary>
    internal abstract string False { get; }

    /// <summary>Appended to a <c>SELECT</c> that must lock its row until commit (SQLite's write transaction already does).</summary>
    internal abstract string ForUpdate { get; }

    /// <summary>Opens a pooled connection with the per-connection settings applied.</summary>
    internal abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default);

    /// <summary>A time as the parameter value its column takes (SQLite: sortable UTC text; PostgreSQL: TIMESTAMPTZ in UTC).</summary>
    internal abstract object Time(DateTimeOffset value);

    /// <summary>A nullable time as a parameter value.</summary>
    internal object? Time(DateTimeOffset? value) => value is { } at ? Time(at) : null;

    /// <summary>Begins a transaction that writes: on SQLite it takes the write lock at once (IMMEDIATE).</summary>
    internal abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>How many flows should write at once (SQLite: one writer at a time, so about one per core).</summary>
    public virtual int ConcurrentWriters => 32;

    /// <summary>
    /// Until disposed, commits of this async flow may skip their own flush to disk; <see cref="FlushAsync"/> makes them
    /// durable later, together with everyone else's (group commit). PostgreSQL already shares one WAL flush among
    /// concurrent commits, so there it changes nothing.
    /// </summary>
    public virtual IDisposable DeferFlush() => NoDeferral.Instance;

    /// <summary>Completes once every commit made before the call (also under <see cref="DeferFlush"/>) is on disk.</summary>
    public virtual Task FlushAsync() => Task.CompletedTask;

    /// <summary>Runs one statement on its own connection; returns the rows affected.</summary>
    internal async Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    /// <summary>Runs one statement and returns the first column of the first row, converted.</summary>
    internal async Task<T> ScalarAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return (await connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)))!;
    }

    /// <summary>Runs a query and maps each row with <paramref name="map"/>.</summary>
    internal async Task<List<T>> QueryAsync<T>(string sql, object? parameters, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await connection.QueryRowsAsync(sql, parameters, map, null, cancellationToken);
    }

    /// <summary>Reads a time column written by <see cref="Time(DateTimeOffset)"/>, whichever form the provider returns.</summary>
    internal static DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        var other => (DateTimeOffset)other,
    };

    internal static DateTimeOffset? ReadTimeOrNull(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : ReadTime(reader, ordinal);

    internal static string? ReadTextOrNull(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private sealed class NoDeferral : IDisposable
    {
        public static readonly NoDeferral Instance = new();

        public void Dispose()
        {
        }
    }
}
