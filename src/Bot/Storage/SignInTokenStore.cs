using NetralBot.Bot.Dashboard;

namespace NetralBot.Bot.Storage;

/// <summary>The dashboard's sign-in tokens (table <c>dashboard_sign_in_tokens</c>, migration 13 / 14).</summary>
internal sealed class SignInTokenStore(StoreDatabase database) : ISignInTokenStore
{
    /// <inheritdoc />
    public Task CreateAsync(string tokenHash, string actor, DateTimeOffset createdAt, DateTimeOffset expiresAt, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(
            "INSERT INTO dashboard_sign_in_tokens(token_hash, actor, created_at, expires_at) VALUES (@tokenHash, @actor, @createdAt, @expiresAt)",
            new { tokenHash, actor, createdAt = database.Time(createdAt), expiresAt = database.Time(expiresAt) },
            cancellationToken);

    /// <inheritdoc />
    public async Task<SignInTokenCheck> CheckAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync(
            "SELECT actor, expires_at, used_at FROM dashboard_sign_in_tokens WHERE token_hash = @tokenHash",
            new { tokenHash },
            reader => (Actor: reader.GetString(0), ExpiresAt: StoreDatabase.ReadTime(reader, 1), Used: !reader.IsDBNull(2)),
            cancellationToken);
        if (rows is not [var row])
        {
            return SignInTokenCheck.Unknown;
        }

        var status = row.Used ? SignInTokenStatus.Used : row.ExpiresAt <= now ? SignInTokenStatus.Expired : SignInTokenStatus.Valid;
        return new SignInTokenCheck(status, row.Actor);
    }

    /// <inheritdoc />
    public async Task<SignInTokenCheck> UseAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        // One UPDATE decides: of two requests with the same token, only one changes the row.
        var used = await database.ExecuteAsync(
            "UPDATE dashboard_sign_in_tokens SET used_at = @now WHERE token_hash = @tokenHash AND used_at IS NULL AND expires_at > @now",
            new { tokenHash, now = database.Time(now) },
            cancellationToken);
        var check = await CheckAsync(tokenHash, now, cancellationToken);
        return used == 1 ? check with { Status = SignInTokenStatus.Valid } : check;
    }
}
