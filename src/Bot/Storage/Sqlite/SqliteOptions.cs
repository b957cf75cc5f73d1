namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>Settings of the embedded SQLite store (section <c>Storage:Sqlite</c>).</summary>
/// <param name="Path">The database file; its directory is created when missing.</param>
/// <param name="Synchronous">
/// <c>FULL</c> (default): a commit survives a power cut. <c>NORMAL</c>: with WAL, a commit survives a process crash
/// (SIGKILL) but the last commits may be lost on a power cut; several times faster.
/// </param>
/// <param name="MaxPageCount">
/// A cap on the file's size in pages (<c>PRAGMA max_page_count</c>; 4 KiB each), or null for none. Writes beyond it fail
/// as on a full disk (SQLITE_FULL); the tests simulate a full disk with it.
/// </param>
internal sealed record SqliteOptions(string Path, string Synchronous = SqliteOptions.DefaultSynchronous, long? MaxPageCount = null)
{
    /// <summary>The default database file, relative to the working directory.</summary>
    public const string DefaultPath = "data/netralbot.db";

    /// <summary>The default durability level.</summary>
    public const string DefaultSynchronous = "FULL";
}
