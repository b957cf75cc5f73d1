using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using NetralBot.Bot.Common;
using Npgsql;

namespace NetralBot.Bot.Storage.Postgres;

/// <summary>
/// Leases as session-level advisory locks (<c>pg_try_advisory_lock</c>), each on a dedicated connection kept open while
/// the lease is held. The connection is not pooled: closing it is what releases the lock, also when the process dies
/// or the network drops, so a lost instance never keeps the work from the others.
/// </summary>
internal sealed class PostgresAdvisoryLease(PostgresDatabase database) : IBackgroundLease
{
    /// <summary>How long a lease check may take before the lease counts as lost (a hung connection is a lost one).</summary>
    public const int CheckTimeoutSeconds = 2;

    /// <inheritdoc />
    /// <remarks>Longer than a holder's check interval (1 s) plus <see cref="CheckTimeoutSeconds"/>.</remarks>
    public TimeSpan TakeoverGrace { get; } = TimeSpan.FromSeconds(5);

    public async Task<IBackgroundLeaseHandle?> TryAcquireAsync(string name, CancellationToken cancellationToken = default)
    {
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, KeepAlive = 10 };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", Key(name));
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new Handle(connection);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <summary>The lock key of a lease name: stable across processes and versions (the first 8 bytes of its SHA-256).</summary>
    internal static long Key(string name) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("netralbot-lease:" + name)));

    private sealed class Handle(NpgsqlConnection connection) : IBackgroundLeaseHandle
    {
        public async Task<bool> IsHeldAsync(CancellationToken cancellationToken = default)
        {
            try
            {
                // A live session still holds its session-level lock; a broken one has lost it on the server.
                await using var command = new NpgsqlCommand("SELECT 1", connection) { CommandTimeout = CheckTimeoutSeconds };
                await command.ExecuteScalarAsync(cancellationToken);
                return true;
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
            {
                return false;
            }
        }

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
