namespace NetralBot.Bot.Pledges;

/// <summary>Corrections of a pledge (<c>/ubahikrar</c>): the pledge row holds the latest version, earlier ones are kept.</summary>
internal interface IPledgeCorrectionStore
{
    /// <summary>
    /// Stores <paramref name="correction"/> as the pledge's next version in one transaction: the current values become a
    /// kept version, the pledge row takes the new ones (receipt code unchanged), and an audit row without personal data
    /// is written.
    /// </summary>
    Task<(PledgeCorrectionOutcome Outcome, Pledge? Pledge)> CorrectAsync(PledgeCorrection correction, CancellationToken cancellationToken = default);

    /// <summary>The earlier versions of the pledge with <paramref name="receiptCode"/>, oldest first (empty when never corrected).</summary>
    Task<IReadOnlyList<PledgeVersion>> ListVersionsAsync(string receiptCode, CancellationToken cancellationToken = default);

    /// <summary>Every agency spelling stored in pledges, each once.</summary>
    Task<IReadOnlyList<string>> ListAgenciesAsync(CancellationToken cancellationToken = default);

    /// <summary>Renames the agency <paramref name="from"/> (exact spelling) to <paramref name="to"/> in every pledge, with an audit row; returns the pledges renamed.</summary>
    Task<int> RenameAgencyAsync(string from, string to, DateTimeOffset at, CancellationToken cancellationToken = default);
}
