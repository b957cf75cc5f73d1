using System.Security.Cryptography;
using System.Text;
using NetralBot.Bot.Access;

namespace NetralBot.Bot.Dashboard;

/// <summary>
/// Issues and redeems the single-use sign-in links: 32 random bytes (base64url) in the link, only their SHA-256 in the
/// database, so a copy of the database signs nobody in. Every refused token is audited.
/// </summary>
internal sealed class SignInLinks(ISignInTokenStore store, IAuditLog audit, DashboardOptions options, TimeProvider time)
{
    /// <summary>A new link for <paramref name="actor"/>.</summary>
    public async Task<string> IssueAsync(string actor, CancellationToken cancellationToken = default)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        await store.CreateAsync(Hash(token), actor, now, now + DashboardOptions.LinkLifetime, cancellationToken);
        await audit.WriteAsync(new AuditEntry(actor, "dashboard.link", "dasbor", 1, now), cancellationToken);
        return options.SignInLink(token);
    }

    /// <summary>What the token in a link is, without using it (the page shown before the admin presses "Masuk").</summary>
    public async Task<SignInTokenCheck> CheckAsync(string? token, CancellationToken cancellationToken = default)
    {
        var check = IsWellFormed(token) ? await store.CheckAsync(Hash(token!), time.GetUtcNow(), cancellationToken) : SignInTokenCheck.Unknown;
        if (check.Status != SignInTokenStatus.Valid)
        {
            await AuditRefusalAsync(check, cancellationToken);
        }

        return check;
    }

    /// <summary>Uses the token; on <see cref="SignInTokenStatus.Valid"/> the caller starts the session.</summary>
    public async Task<SignInTokenCheck> RedeemAsync(string? token, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var check = IsWellFormed(token) ? await store.UseAsync(Hash(token!), now, cancellationToken) : SignInTokenCheck.Unknown;
        if (check.Status == SignInTokenStatus.Valid)
        {
            await audit.WriteAsync(new AuditEntry(check.Actor!, "dashboard.sign-in", "dasbor", 1, now), cancellationToken);
        }
        else
        {
            await AuditRefusalAsync(check, cancellationToken);
        }

        return check;
    }

    /// <summary>The stored form of a token: SHA-256, lower-case hex.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private Task AuditRefusalAsync(SignInTokenCheck check, CancellationToken cancellationToken) =>
        // The token itself is never written: it could still be valid for someone else's mistyped copy.
        audit.WriteAsync(
            new AuditEntry(check.Actor ?? "anonim", "dashboard.sign-in.refused", check.Status.ToString().ToLowerInvariant(), 0, time.GetUtcNow()),
            cancellationToken);

    private static bool IsWellFormed(string? token) => token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
