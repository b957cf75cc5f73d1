namespace NetralBot.Bot.Pledges;

/// <summary>The corrected fields of a pledge (<c>/ubahikrar</c>); the receipt code, election, account and time stay.</summary>
/// <param name="ReceiptCode">The pledge corrected.</param>
/// <param name="FullName">Full name.</param>
/// <param name="Status">Employment status.</param>
/// <param name="Nip">NIP for PNS and PPPK; null for Non-ASN.</param>
/// <param name="Agency">Agency.</param>
/// <param name="WorkUnit">Work unit.</param>
/// <param name="AgencyUnlisted">True when the agency is not in the agency list.</param>
/// <param name="CorrectedAt">UTC time of the correction.</param>
internal sealed record PledgeCorrection(
    string ReceiptCode,
    string FullName,
    EmploymentStatus Status,
    string? Nip,
    string Agency,
    string WorkUnit,
    bool AgencyUnlisted,
    DateTimeOffset CorrectedAt);
