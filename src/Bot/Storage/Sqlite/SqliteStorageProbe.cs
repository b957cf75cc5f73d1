using Microsoft.Data.Sqlite;

namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>
/// A real, committed write (the header's unused <c>user_version</c>, rewritten with its own value: one WAL frame and an
/// fsync) catches a read-only or failing disk and a full one where the WAL must grow; a file at its page cap with no
/// free page is full although a rewrite in place still succeeds, so that is checked from the page counts.
/// </summary>
internal sealed class SqliteStorageProbe(SqliteDatabase database) : IStorageProbe
{
    public async Task<string?> ProblemAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT (SELECT page_count FROM pragma_page_count()), (SELECT max_page_count FROM pragma_max_page_count()), (SELECT freelist_count FROM pragma_freelist_count()), (SELECT user_version FROM pragma_user_version())";
            long pages, cap, free, version;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                await reader.ReadAsync(cancellationToken);
                (pages, cap, free, version) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
            }

            if (pages >= cap && free == 0)
            {
                return $"database {database.FilePath} penuh: {pages} dari {cap} halaman terpakai (SQLITE_FULL)";
            }

            command.CommandText = $"PRAGMA user_version = {version}";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return null;
        }
        catch (SqliteException exception)
        {
            return $"database {database.FilePath}: {SqliteFailures.Describe(exception)}";
        }
    }
}
