namespace NetralBot.Knowledge.Situation;

/// <summary>
/// What a question is about, read from its words: who acts, what they do, for whom, under which conditions, and what
/// the asker wants to know. Entries state the same things (<see cref="Catalog.EntrySituation"/>), so the two can be
/// compared.
/// </summary>
/// <param name="Actor">
/// The actor whose act the question is about, in the entries' vocabulary (<see cref="ActorClasses"/>): <c>asn</c>,
/// <c>pppk</c>, <c>cpns</c>, <c>honorer</c>, <c>keluarga</c> (a relative who is not ASN), <c>atasan</c>,
/// <c>kepala-desa</c>, <c>pensiunan</c>.
/// </param>
/// <param name="ActorRole">The person as named (<c>saya</c>, <c>pasangan</c>, <c>atasan</c>, …).</param>
/// <param name="ActorStatus">The actor's employment status when stated (<c>asn</c>, <c>pppk</c>, <c>bukan-asn</c>, …), or null.</param>
/// <param name="AskerStatus">The asker's own status when stated, or null.</param>
/// <param name="Acts">The acts named, with their weight (the question clause and act clauses weigh most).</param>
/// <param name="NegatedActs">Acts the question says are not done ("tanpa komen", "tidak diunggah").</param>
/// <param name="Targets">Whom the acts are for: <c>calon</c>, <c>bakal-calon</c>, <c>partai</c>, <c>tim-kampanye</c>.</param>
/// <param name="Conditions">Conditions named (<c>pasif</c>, <c>masa-tenang</c>, <c>acara-dinas</c>, …).</param>
/// <param name="Intent">What is asked: <c>izin</c> (is it allowed), <c>sanksi</c>, <c>lapor</c>, <c>tanggal</c>, <c>definisi</c>.</param>
/// <param name="FocusText">The question clause and the clauses that name an act, for retrieval over long messages.</param>
public sealed record SituationReading(
    string Actor,
    string ActorRole,
    string? ActorStatus,
    string? AskerStatus,
    IReadOnlyDictionary<string, double> Acts,
    IReadOnlySet<string> NegatedActs,
    IReadOnlySet<string> Targets,
    IReadOnlySet<string> Conditions,
    string Intent,
    string FocusText)
{
    /// <summary>The default intent: whether an act is allowed.</summary>
    public const string PermissionIntent = "izin";

    /// <summary>Every normalized word of the message, in order (for checks that need no clauses).</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>True when the asker is the one who acts.</summary>
    public bool AskerActs => ActorRole == "saya";
}
