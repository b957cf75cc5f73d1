namespace NetralBot.Bot.Dashboard;

/// <summary>The state of a sign-in token.</summary>
/// <param name="Status">Valid, used, expired or unknown.</param>
/// <param name="Actor">Whom the token was issued to; null when unknown.</param>
internal sealed record SignInTokenCheck(SignInTokenStatus Status, string? Actor)
{
    /// <summary>No such token (forged or mistyped).</summary>
    public static SignInTokenCheck Unknown { get; } = new(SignInTokenStatus.Unknown, null);
}
