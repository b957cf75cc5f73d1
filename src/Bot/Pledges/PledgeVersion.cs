namespace NetralBot.Bot.Pledges;

/// <summary>An earlier version of a corrected pledge, kept as it was before the correction that replaced it.</summary>
/// <param name="Version">The version number (1 = as first confirmed).</param>
/// <param name="FullName">Full name then (empty once anonymised).</param>
/// <param name="Status">Employment status then.</param>
/// <param name="Nip">NIP then (null for Non-ASN, or once anonymised).</param>
/// <param name="Agency">Agency then.</param>
/// <param name="WorkUnit">Work unit then.</param>
/// <param name="RecordedAt">When this version was recorded (the pledge, or the correction that made it).</param>
/// <param name="ReplacedAt">When the next correction replaced it.</param>
internal sealed record PledgeVersion(
    int Version,
    string FullName,
    EmploymentStatus Status,
    string? Nip,
    string Agency,
    string WorkUnit,
    DateTimeOffset RecordedAt,
    DateTimeOffset ReplacedAt);
