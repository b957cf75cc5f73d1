using System.Security.Cryptography;
using System.Text;

namespace NetralBot.Bot.Privacy;

/// <summary>Builds the <see cref="UserIdHash"/> from the configured key, or from the one generated into the database.</summary>
internal static class UserIdHashFactory
{
    private const int GeneratedKeyBytes = 32;

    public static async Task<UserIdHash> CreateAsync(UserIdHashOptions options, IHashKeyStore keys, TimeProvider time, CancellationToken cancellationToken = default) =>
        options.Key is { } configured
            ? new UserIdHash(Encoding.UTF8.GetBytes(configured))
            : new UserIdHash(await keys.GetOrAddAsync(RandomNumberGenerator.GetBytes(GeneratedKeyBytes), time.GetUtcNow(), cancellationToken));
}
