using Microsoft.Data.Sqlite;

namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>
/// Group commit for SQLite in WAL mode: writers commit without flushing (<c>synchronous=NORMAL</c>), then wait here for
/// one <c>fsync</c> of the write-ahead log that serves everyone who committed before it started. Unlike a <c>FULL</c>
/// commit it flushes outside SQLite's write lock, so other writers keep going meanwhile. The log holds commits in order,
/// so once it is flushed every earlier commit survives a power loss; checkpoints flush it before copying it.
/// </summary>
internal sealed class SqliteWalFlush : IDisposable
{
    private readonly object _gate = new();
    private readonly SqliteConnection _keepAlive;
    private readonly FileStream _wal;
    private readonly bool _needed;
    private TaskCompletionSource? _waiting;
    private bool _running;

    /// <summary>Opens the log of <paramref name="database"/>; flushing is skipped when it runs with <c>synchronous=NORMAL</c>.</summary>
    public SqliteWalFlush(SqliteDatabase database, bool needed)
    {
        _needed = needed;
        // A connection held open keeps SQLite from deleting the log (it does when the last one closes), so the handle
        // below always names the live file. The handle is never closed while running: closing a descriptor can drop
        // the process's POSIX locks on that file.
        _keepAlive = database.OpenAsync().GetAwaiter().GetResult();
        _wal = new FileStream(database.FilePath + "-wal", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
    }

    /// <summary>Completes once everything committed on this file before the call is on disk.</summary>
    public Task FlushAsync()
    {
        if (!_needed)
        {
            return Task.CompletedTask;
        }

        lock (_gate)
        {
            _waiting ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var flushed = _waiting.Task;
            if (!_running)
            {
                _running = true;
                _ = Task.Run(FlushWaiting);
            }

            return flushed;
        }
    }

    public void Dispose()
    {
        _wal.Dispose();
        _keepAlive.Dispose();
    }

    private void FlushWaiting()
    {
        while (true)
        {
            TaskCompletionSource batch;
            lock (_gate)
            {
                if (_waiting is null)
                {
                    _running = false;
                    return;
                }

                // Who asks from now on waits for the next flush: their commit may have come after this one started.
                batch = _waiting;
                _waiting = null;
            }

            try
            {
                _wal.Flush(flushToDisk: true);
                batch.SetResult();
            }
            catch (Exception exception)
            {
                batch.SetException(exception);
            }
        }
    }
}
