namespace NetralBot.Bot.Dashboard;

/// <summary>What a sign-in token is.</summary>
internal enum SignInTokenStatus
{
    /// <summary>Issued, not used, not expired.</summary>
    Valid,

    /// <summary>Already used once.</summary>
    Used,

    /// <summary>Older than <see cref="DashboardOptions.LinkLifetime"/>.</summary>
    Expired,

    /// <summary>Never issued: forged, mistyped or cut.</summary>
    Unknown,
}
