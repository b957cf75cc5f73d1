namespace NetralBot.Bot.Storage;

/// <summary>The database cannot be used at start: one line naming where it is and why, for the operator.</summary>
/// <param name="location">The database file (SQLite) or host and database name (PostgreSQL); never a password.</param>
/// <param name="cause">What is wrong and what to do, in Indonesian.</param>
/// <param name="inner">The underlying error, for logs.</param>
internal sealed class StorageUnavailableException(string location, string cause, Exception? inner = null)
    : Exception($"Database {location} tidak dapat dipakai: {cause}", inner)
{
    /// <summary>The database file or server.</summary>
    public string Location { get; } = location;
}
