using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>Opens connections to the one SQLite file and applies migrations at start.</summary>
internal sealed class SqliteDatabase : StoreDatabase
{
    private static readonly AsyncLocal<bool> FlushDeferred = new();
    private readonly string _connectionString;
    private readonly string _pragmas;
    private readonly string _deferredPragmas;
    private readonly bool _existedBefore;
    private readonly Lazy<SqliteWalFlush> _walFlush;
    // Per native handle, process-wide: two SqliteDatabase objects on one file share Microsoft.Data.Sqlite's pool.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, string> AppliedPragmas = new();

    /// <summary>Creates the directory of the file if needed; call <see cref="Migrate"/> before use.</summary>
    /// <exception cref="StorageUnavailableException">The directory cannot be created.</exception>
    public SqliteDatabase(SqliteOptions options)
    {
        var fullPath = System.IO.Path.GetFullPath(options.Path);
        var directory = System.IO.Path.GetDirectoryName(fullPath);
        try
        {
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            // "First run" is known by the file not existing before this process: only then may it be empty.
            _existedBefore = File.Exists(fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException(fullPath, $"folder {directory} tidak dapat dibuat atau dibaca: {exception.Message}", exception);
        }

        FilePath = fullPath;
        var synchronous = options.Synchronous.ToUpperInvariant() is "NORMAL" ? "NORMAL" : "FULL";
        // max_page_count is per connection, so a size cap must be set on every open.
        var cap = options.MaxPageCount is { } pages ? $" PRAGMA max_page_count = {pages};" : string.Empty;
        _pragmas = $"PRAGMA busy_timeout = 10000; PRAGMA synchronous = {synchronous};{cap}";
        _deferredPragmas = $"PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;{cap}";
        _walFlush = new(() => new SqliteWalFlush(this, synchronous == "FULL"));
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

    internal override string True => "1";

    internal override string False => "0";

    internal override string ForUpdate => string.Empty;

    internal override object Time(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    internal override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    internal override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) => await OpenAsync(cancellationToken);

    /// <summary>Opens a connection with the per-connection settings applied.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        // busy_timeout and synchronous are per connection and survive in the pool with the native handle, so they are
        // set when the handle is new or was last opened with the other set (preparing them on every open cost ~2 % CPU).
        var pragmas = FlushDeferred.Value ? _deferredPragmas : _pragmas;
        var handle = connection.Handle!;
        if (!AppliedPragmas.TryGetValue(handle, out var applied) || !string.Equals(applied, pragmas, StringComparison.Ordinal))
        {
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = pragmas;
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            // After the pragmas: busy_timeout replaces any busy handler, and this one replaces busy_timeout's.
            SqliteBusyWait.Install(handle);
            AppliedPragmas.AddOrUpdate(handle, pragmas);
        }

        return connection;
    }

    /// <summary>
    /// Until disposed, connections opened in this async flow commit without flushing to disk (<c>synchronous=NORMAL</c>);
    /// the caller makes them durable later with one flush of the write-ahead log (<see cref="SqliteWalFlush"/>), which
    /// holds them in commit order. Used by the Telegram inbox's group commit.
    /// </summary>
    public override IDisposable DeferFlush()
    {
        var previous = FlushDeferred.Value;
        FlushDeferred.Value = true;
        return new FlushScope(previous);
    }

    public override Task FlushAsync() => _walFlush.Value.FlushAsync();

    /// <inheritdoc />
    /// <remarks>
    /// One per core: SQLite takes one writer at a time, and more than that only queue on its lock, whose busy handler
    /// sleeps (measured: 32 turns at once cost a third more CPU per reply and halved throughput against 2).
    /// </remarks>
    public override int ConcurrentWriters => Environment.ProcessorCount;

    /// <summary>
    /// Checks the file (an existing file must not be empty and must pass <c>PRAGMA quick_check</c>), switches it to WAL
    /// mode and applies the migrations not yet applied.
    /// </summary>
    /// <exception cref="StorageUnavailableException">The file is damaged, or the disk is full, read-only or unreachable.</exception>
    public void Migrate()
    {
        if (_existedBefore && new FileInfo(FilePath).Length == 0)
        {
            throw new StorageUnavailableException(
                FilePath,
                "berkas berukuran 0 byte padahal sudah ada sebelum bot dijalankan (terpotong atau rusak); " + SqliteFailures.RestoreAdvice
                + ". Bila ini memang database baru yang belum pernah dipakai, hapus berkas kosong itu lalu jalankan lagi.");
        }

        try
        {
            using var connection = OpenAsync().GetAwaiter().GetResult();
            CheckIntegrity(connection);
            ApplyMigrations(connection);
        }
        catch (SqliteException exception)
        {
            throw new StorageUnavailableException(FilePath, SqliteFailures.Describe(exception), exception);
        }
    }

    /// <summary>A damaged file is refused rather than written to, which would spread the damage.</summary>
    private void CheckIntegrity(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(3)";
        using var reader = command.ExecuteReader();
        var findings = new List<string>();
        while (reader.Read())
        {
            findings.Add(reader.GetString(0));
        }

        if (findings is not ["ok"])
        {
            throw new StorageUnavailableException(
                FilePath, $"berkas rusak (PRAGMA quick_check: {string.Join("; ", findings).ReplaceLineEndings(" ")}); {SqliteFailures.RestoreAdvice}");
        }
    }

    private static void ApplyMigrations(SqliteConnection connection)
    {
        connection.Execute("PRAGMA journal_mode = WAL;");
        // Migration 10 fills pledges.agency_key with the C# rule itself, so the two can never disagree.
        connection.CreateFunction("agency_key", (string agency) => AgencyKey.Of(agency), isDeterministic: true);
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);");
        foreach (var (version, name, sql) in SqliteMigrations.All)
        {
            // IMMEDIATE: two processes starting together must not both apply the same migration.
            using var transaction = connection.BeginTransaction(deferred: false);
            if (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM schema_migrations WHERE version = @version", new { version }, transaction) == 0)
            {
                connection.Execute(sql, transaction: transaction);
                connection.Execute(
                    "INSERT INTO schema_migrations(version, name, applied_at) VALUES (@version, @name, @at)",
                    new { version, name, at = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) },
                    transaction);
            }

            transaction.Commit();
        }
    }

    private sealed class FlushScope(bool previous) : IDisposable
    {
        public void Dispose() => FlushDeferred.Value = previous;
    }
}
