namespace NetralBot.Bot.Pledges;

/// <summary>What became of a correction.</summary>
internal enum PledgeCorrectionOutcome
{
    /// <summary>Stored as a new version; the previous one is kept in the history.</summary>
    Corrected,

    /// <summary>No pledge with that receipt code (or it was anonymised meanwhile).</summary>
    NotFound,

    /// <summary>The new NIP belongs to another pledge of the same election; nothing changed.</summary>
    NipTaken,
}
