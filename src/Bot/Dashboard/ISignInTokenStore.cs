namespace NetralBot.Bot.Dashboard;

/// <summary>Single-use sign-in tokens of the dashboard, stored as hashes only.</summary>
internal interface ISignInTokenStore
{
    /// <summary>Stores a new token's hash for <paramref name="actor"/> (e.g. <c>telegram:12345</c>).</summary>
    Task CreateAsync(string tokenHash, string actor, DateTimeOffset createdAt, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    /// <summary>What the token is now, without using it.</summary>
    Task<SignInTokenCheck> CheckAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Marks the token used if it is valid at <paramref name="now"/>; exactly one caller wins a race.</summary>
    Task<SignInTokenCheck> UseAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default);
}
