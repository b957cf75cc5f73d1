using NetralBot.Bot.Common;

namespace NetralBot.Bot.Pledges;

/// <summary>One confirmed neutrality pledge: the evidence an agency shows later.</summary>
/// <param name="ElectionId">The election pledged for (config <c>Pledge:ElectionId</c>).</param>
/// <param name="ReceiptCode">The code given to the person, e.g. <c>NB-7KQ2-M4XD</c>.</param>
/// <param name="FullName">Full name as typed.</param>
/// <param name="Status">Employment status.</param>
/// <param name="Nip">18-digit NIP for PNS and PPPK; null for Non-ASN.</param>
/// <param name="Agency">Instansi.</param>
/// <param name="WorkUnit">Unit kerja.</param>
/// <param name="Channel">The channel pledged on.</param>
/// <param name="ChannelUserId">The user's id on that channel.</param>
/// <param name="PledgeTextVersion">Version of the pledge text shown.</param>
/// <param name="PledgeTextSha256">SHA-256 (hex) of the pledge text file shown.</param>
/// <param name="PledgedAt">UTC time of confirmation.</param>
/// <param name="Version">1 for the pledge as confirmed; one more per correction (<c>/ubahikrar</c>).</param>
/// <param name="CorrectedAt">UTC time of the latest correction; null while never corrected.</param>
/// <param name="AgencyUnlisted">True when the agency was not found in <c>content/instansi.md</c> and was stored as typed, for an admin to check.</param>
/// <param name="AnonymisedAt">When name, NIP and account were removed (<c>/hapusdata</c> or the retention period); null while kept.</param>
internal sealed record Pledge(
    string ElectionId,
    string ReceiptCode,
    string FullName,
    EmploymentStatus Status,
    string? Nip,
    string Agency,
    string WorkUnit,
    Channel Channel,
    string ChannelUserId,
    string PledgeTextVersion,
    string PledgeTextSha256,
    DateTimeOffset PledgedAt,
    int Version = 1,
    DateTimeOffset? CorrectedAt = null,
    bool AgencyUnlisted = false,
    DateTimeOffset? AnonymisedAt = null);
