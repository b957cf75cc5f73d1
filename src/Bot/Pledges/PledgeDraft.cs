namespace NetralBot.Bot.Pledges;

/// <summary>The answers given so far in the pledge dialog; persisted between turns as JSON.</summary>
/// <param name="Step">The question being asked.</param>
/// <param name="FullName">Full name.</param>
/// <param name="Status">Employment status.</param>
/// <param name="Nip">Validated 18-digit NIP.</param>
/// <param name="Agency">Agency (instansi).</param>
/// <param name="WorkUnit">Work unit.</param>
/// <param name="AgencyFromLink">True when the agency came from a deep link and is not asked.</param>
/// <param name="PledgeTextVersion">The version of the text shown at the start.</param>
/// <param name="PledgeTextSha256">The hash of the text shown at the start.</param>
internal sealed record PledgeDraft(
    PledgeStep Step,
    string? FullName,
    EmploymentStatus? Status,
    string? Nip,
    string? Agency,
    string? WorkUnit,
    bool AgencyFromLink,
    string PledgeTextVersion,
    string PledgeTextSha256)
{
    /// <summary>True when every field the pledge needs is filled (a NIP only for PNS and PPPK).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(FullName) && Status is { } status && (!status.HasNip() || !string.IsNullOrEmpty(Nip))
        && !string.IsNullOrWhiteSpace(Agency) && !string.IsNullOrWhiteSpace(WorkUnit);
}
