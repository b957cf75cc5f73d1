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
}
