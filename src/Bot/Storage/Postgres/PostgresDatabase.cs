using System.Data.Common;
using Dapper;
using NetralBot.Bot.Pledges;
using Npgsql;

namespace NetralBot.Bot.Storage.Postgres;

/// <summary>Opens pooled connections to the PostgreSQL database and applies migrations at start.</summary>
internal sealed class PostgresDatabase : StoreDatabase, IAsyncDisposable, IDisposable
{
    // Every instance of the bot takes this transaction-level advisory lock before it migrates, so instances that start
    // together apply each migration once. The value is arbitrary but fixed: "NetralBt" in ASCII.
    private const long MigrationLockKey = 0x4E657472616C4274;

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Builds the pooled data source; call <see cref="Migrate"/> before use.</summary>
    public PostgresDatabase(PostgresOptions options)
    {
        ConnectionString = options.ConnectionString;
        _dataSource = NpgsqlDataSource.Create(options.ConnectionString);
    }

    /// <summary>The connection string, for the lease connections that must not come from the pool.</summary>
    internal string ConnectionString { get; }

    internal override string True => "TRUE";

    internal override string False => "FALSE";

    internal override string ForUpdate => " FOR UPDATE";

    internal override object Time(DateTimeOffset value) => value.ToUniversalTime();

    internal override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    internal override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) => await OpenAsync(cancellationToken);

    /// <summary>Opens a pooled connection.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>Applies the migrations not yet applied, all in one transaction under an advisory lock.</summary>
    /// <exception cref="StorageUnavailableException">The server cannot be reached or refuses (one line, no password).</exception>
    public void Migrate()
    {
        try
        {
            MigrateAsync().GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            throw new StorageUnavailableException($"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}", exception.Message.ReplaceLineEndings(" "), exception);
        }
    }

    /// <summary>Applies the migrations not yet applied, all in one transaction under an advisory lock.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Waits for another instance that is migrating; the lock ends with the transaction, so it cannot leak.
        await connection.ExecuteStatementAsync($"SELECT pg_advisory_xact_lock({MigrationLockKey})", null, transaction, cancellationToken);
        await connection.ExecuteStatementAsync(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)", null, transaction, cancellationToken);
        var applied = (await connection.QueryAsync<int>(new CommandDefinition("SELECT version FROM schema_migrations", transaction: transaction, cancellationToken: cancellationToken))).ToHashSet();
        foreach (var (version, name, sql) in PostgresMigrations.All.Where(m => !applied.Contains(m.Version)))
        {
            if (version == PostgresMigrations.AgencyKeyVersion)
            {
                await FillAgencyKeysAsync(connection, transaction, cancellationToken);
            }

            await connection.ExecuteStatementAsync(sql, null, transaction, cancellationToken);
            await connection.ExecuteStatementAsync(
                "INSERT INTO schema_migrations(version, name, applied_at) VALUES (@version, @name, now())", new { version, name }, transaction, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();

    /// <summary>
    /// The temporary table <c>agency_keys</c> (each stored agency spelling and its <see cref="AgencyKey"/>), dropped at
    /// commit: the key is computed in C# so that both databases hold the same one.
    /// </summary>
    private static async Task FillAgencyKeysAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await connection.ExecuteStatementAsync("CREATE TEMPORARY TABLE agency_keys (agency TEXT PRIMARY KEY, agency_key TEXT NOT NULL) ON COMMIT DROP", null, transaction, cancellationToken);
        var agencies = (await connection.QueryAsync<string>(new CommandDefinition("SELECT DISTINCT agency FROM pledges", transaction: transaction, cancellationToken: cancellationToken))).ToArray();
        await connection.ExecuteStatementAsync(
            "INSERT INTO agency_keys(agency, agency_key) SELECT * FROM unnest(@agencies, @keys)", new { agencies, keys = agencies.Select(AgencyKey.Of).ToArray() }, transaction, cancellationToken);
    }
}
