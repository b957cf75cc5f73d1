using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>Opens connections to the one SQLite file and applies migrations at start.</summary>
public sealed class SqliteDatabase
{
    private static readonly AsyncLocal<bool> FlushDeferred = new();
    private readonly string _connectionString;
    private readonly string _pragmas;
    private readonly string _deferredPragmas;

    /// <summary>Creates the directory of the file if needed; call <see cref="Migrate"/> before use.</summary>
    public SqliteDatabase(SqliteOptions options)
    {
        var fullPath = System.IO.Path.GetFullPath(options.Path);
        var directory = System.IO.Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        FilePath = fullPath;
        var synchronous = options.Synchronous.ToUpperInvariant() is "NORMAL" ? "NORMAL" : "FULL";
        _pragmas = $"PRAGMA busy_timeout = 10000; PRAGMA synchronous = {synchronous};";
        _deferredPragmas = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The absolute path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>Opens a connection with the per-connection settings applied.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // busy_timeout and synchronous are per connection, so every (pooled) open sets them.
        pragma.CommandText = FlushDeferred.Value ? _deferredPragmas : _pragmas;
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// Until disposed, connections opened in this async flow commit without flushing to disk (<c>synchronous=NORMAL</c>);
    /// the caller makes them durable later with one flush of the write-ahead log (<see cref="SqliteWalFlush"/>), which
    /// holds them in commit order. Used by the Telegram inbox's group commit.
    /// </summary>
    public IDisposable DeferFlush()
    {
        var previous = FlushDeferred.Value;
        FlushDeferred.Value = true;
        return new FlushScope(previous);
    }

    /// <summary>Switches the file to WAL mode and applies the migrations not yet applied.</summary>
    public void Migrate()
    {
        using var connection = OpenAsync().GetAwaiter().GetResult();
        Execute(connection, null, "PRAGMA journal_mode = WAL;");
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);");
        foreach (var (version, name, sql) in SqliteMigrations.All)
        {
            // IMMEDIATE: two processes starting together must not both apply the same migration.
            using var transaction = connection.BeginTransaction(deferred: false);
            using var check = connection.CreateCommand();
            check.Transaction = transaction;
            check.CommandText = "SELECT COUNT(*) FROM schema_migrations WHERE version = $v";
            check.Parameters.AddWithValue("$v", version);
            if (Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
            {
                Execute(connection, transaction, sql);
                using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations(version, name, applied_at) VALUES ($v, $n, $t)";
                record.Parameters.AddWithValue("$v", version);
                record.Parameters.AddWithValue("$n", name);
                record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                record.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private sealed class FlushScope(bool previous) : IDisposable
    {
        public void Dispose() => FlushDeferred.Value = previous;
    }
}
