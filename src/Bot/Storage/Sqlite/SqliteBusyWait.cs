using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>
/// How a connection waits for SQLite's write lock held by another connection. SQLite's own handler (busy_timeout)
/// sleeps 1, 2, 5, 10 … 100 ms between tries, so under a steady stream of short write transactions a waiter sleeps on
/// long after the lock came free, and writers took turns with the lock idle in between (profiled under webhook load:
/// threads spent as much time asleep in sqlite3_step as the whole bot spent on CPU). This one yields a few times, then
/// sleeps a millisecond per try, and gives up after <see cref="Timeout"/> as busy_timeout did.
/// </summary>
internal static class SqliteBusyWait
{
    /// <summary>How long a statement waits for the lock before it fails with SQLITE_BUSY.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private const int Yields = 8;

    // One wait runs on one thread from count 0 on, so its start can live here.
    [ThreadStatic]
    private static long _waitStarted;

    // SQLitePCLRaw exposes only busy_timeout, so the handler is set through the same native library it loads.
    private static readonly BusyHandler Handler = Retry; // rooted for the life of the process: native code holds it

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int BusyHandler(IntPtr userData, int count);

    /// <summary>Makes <paramref name="connection"/> wait this way (until busy_timeout is set on it again).</summary>
    public static void Install(SQLitePCL.sqlite3 connection)
    {
        var result = NativeMethods.sqlite3_busy_handler(connection.DangerousGetHandle(), Handler, IntPtr.Zero);
        if (result != 0)
        {
            throw new InvalidOperationException($"sqlite3_busy_handler failed with code {result}");
        }
    }

    // Non-zero to try again, 0 to fail with SQLITE_BUSY; SQLite calls it on the waiting thread with count 0, 1, 2 …
    private static int Retry(IntPtr userData, int count)
    {
        if (count == 0)
        {
            _waitStarted = Stopwatch.GetTimestamp();
        }
        else if (Stopwatch.GetElapsedTime(_waitStarted) >= Timeout)
        {
            return 0;
        }

        if (count < Yields)
        {
            Thread.Yield();
        }
        else
        {
            Thread.Sleep(1);
        }

        return 1;
    }

    private static class NativeMethods
    {
        [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
        public static extern int sqlite3_busy_handler(IntPtr connection, BusyHandler handler, IntPtr userData);
    }
}
