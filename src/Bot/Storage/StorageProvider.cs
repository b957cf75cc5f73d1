namespace NetralBot.Bot.Storage;

/// <summary>Where the bot keeps its data (<c>Storage:Provider</c>).</summary>
internal enum StorageProvider
{
    /// <summary>The embedded SQLite file (default): one <c>serve</c> per file.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database, which several <c>serve</c> instances may share (webhook mode).</summary>
    Postgres,
}
