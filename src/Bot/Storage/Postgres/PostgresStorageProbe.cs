using Npgsql;

namespace NetralBot.Bot.Storage.Postgres;

/// <summary>
/// A round trip in a read-write transaction: the server is reachable, accepts the login and is not read-only (a hot
/// standby or <c>default_transaction_read_only</c>). A full disk on the server shows as SQLSTATE 53100 on writes.
/// </summary>
internal sealed class PostgresStorageProbe(PostgresDatabase database) : IStorageProbe
{
    public async Task<string?> ProblemAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT current_setting('transaction_read_only')", connection);
            return await command.ExecuteScalarAsync(cancellationToken) is "on" ? "PostgreSQL hanya-baca (transaction_read_only = on)" : null;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            return "PostgreSQL tidak dapat dipakai: " + exception.Message.ReplaceLineEndings(" ");
        }
    }
}
