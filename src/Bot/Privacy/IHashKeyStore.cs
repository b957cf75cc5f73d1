namespace NetralBot.Bot.Privacy;

/// <summary>Keeps the generated key of <see cref="UserIdHash"/> when <c>Privacy:HashKey</c> is not configured.</summary>
internal interface IHashKeyStore
{
    /// <summary>
    /// The stored key; when none is stored yet, stores <paramref name="candidate"/> and returns it. Instances starting
    /// together agree: the first stored key wins.
    /// </summary>
    Task<byte[]> GetOrAddAsync(byte[] candidate, DateTimeOffset at, CancellationToken cancellationToken = default);
}
