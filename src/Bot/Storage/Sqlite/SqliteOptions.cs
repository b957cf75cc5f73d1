namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>Settings of the embedded SQLite store (section <c>Storage:Sqlite</c>).</summary>
/// <param name="Path">The database file; its directory is created when missing.</param>
public sealed record SqliteOptions(string Path)
{
    /// <summary>The default database file, relative to the working directory.</summary>
    public const string DefaultPath = "data/netralbot.db";
}
