using NetralBot.Bot.Privacy;

namespace NetralBot.Bot.Storage;

/// <summary>The generated key of the user-id hash (<c>hash_keys</c>), written once by the first instance that needs it.</summary>
internal sealed class HashKeyStore(StoreDatabase database) : IHashKeyStore
{
    private const string UserIdKey = "user-id";

    /// <inheritdoc />
    public async Task<byte[]> GetOrAddAsync(byte[] candidate, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await database.ExecuteAsync(
            "INSERT INTO hash_keys(name, secret, created_at) VALUES (@name, @secret, @at) ON CONFLICT(name) DO NOTHING",
            new { name = UserIdKey, secret = Convert.ToBase64String(candidate), at = database.Time(at) },
            cancellationToken);
        var stored = await database.ScalarAsync<string>("SELECT secret FROM hash_keys WHERE name = @name", new { name = UserIdKey }, cancellationToken);
        return Convert.FromBase64String(stored);
    }
}
