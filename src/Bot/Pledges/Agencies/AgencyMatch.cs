namespace NetralBot.Bot.Pledges.Agencies;

/// <summary>How sure a match of typed text to a listed agency is.</summary>
internal enum AgencyMatchKind
{
    /// <summary>The text is a listed name or spelling (after normalisation): the canonical name is stored.</summary>
    Certain,

    /// <summary>Close to a listed name: the user is asked to confirm it.</summary>
    Probable,

    /// <summary>Not in the list: stored as typed and flagged for an admin.</summary>
    Unknown,
}

/// <summary>The result of <see cref="AgencyList.Match"/>.</summary>
/// <param name="Kind">How sure.</param>
/// <param name="Canonical">The listed name; null when unknown.</param>
/// <param name="Score">The fuzzy score, 0–100 (100 for a listed spelling).</param>
internal sealed record AgencyMatch(AgencyMatchKind Kind, string? Canonical, int Score);
