namespace NetralBot.Knowledge.Catalog;

/// <summary>
/// The situation an entry answers, from its <c>- Pelaku:</c>, <c>- Perbuatan:</c>, <c>- Syarat:</c> and
/// <c>- Maksud:</c> lines: who the verdict is for, which acts it rules on, the conditions that decide it, and what
/// it answers when that is not a permission (a sanction, where to report, a date, a definition).
/// </summary>
/// <param name="Actors">Actor classes (<c>asn</c>, <c>keluarga</c>, <c>atasan</c>, …); empty means ASN.</param>
/// <param name="Acts">Act ids of the act catalogue (<c>Situation/Data/acts.txt</c>).</param>
/// <param name="Conditions">Condition ids (<c>Situation/Data/conditions.txt</c>).</param>
/// <param name="Intent">The intent id (<c>sanksi</c>, <c>lapor</c>, <c>tanggal</c>, <c>definisi</c>), or null for a permission.</param>
public sealed record EntrySituation(
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Acts,
    IReadOnlyList<string> Conditions,
    string? Intent)
{
    /// <summary>An entry that states no situation.</summary>
    public static EntrySituation None { get; } = new([], [], [], null);
}
