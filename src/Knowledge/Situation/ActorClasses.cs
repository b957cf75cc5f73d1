namespace NetralBot.Knowledge.Situation;

/// <summary>The actor classes an entry's <c>- Pelaku:</c> line may name, and how well one stands in for another.</summary>
internal static class ActorClasses
{
    /// <summary>Every class an entry may name.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "asn", "pppk", "cpns", "honorer", "keluarga", "atasan", "kepala-desa", "pensiunan",
    };

    /// <summary>
    /// How well an entry written for <paramref name="entryActors"/> answers for <paramref name="actor"/>, in [0, 1].
    /// An entry without a <c>Pelaku</c> line is written for ASN. PPPK and CPNS are ASN; a superior is an ASN with extra
    /// duties; a relative who is not ASN, a village official or a retiree is bound by other rules.
    /// </summary>
    /// <remarks>
    /// With <paramref name="forbids"/>, a prohibition written for ASN also binds village heads and officials for campaign
    /// acts (UU 7/2017 Pasal 280 and 282, UU 10/2016 Pasal 70 and 71), so it fits them well.
    /// </remarks>
    public static double Fit(string actor, IReadOnlyList<string> entryActors, bool forbids = false)
    {
        var actors = entryActors.Count == 0 ? ["asn"] : entryActors;
        if (actors.Contains(actor))
        {
            return 1;
        }

        var entryAsn = actors.Contains("asn");
        return actor switch
        {
            "pppk" or "cpns" when entryAsn => 1,
            "atasan" when entryAsn => 0.85,
            "asn" or "pppk" or "cpns" when actors.Contains("atasan") => 0.85,
            "honorer" when entryAsn => 0.8,
            "asn" or "pppk" or "cpns" when actors.Contains("honorer") => 0.6,
            "kepala-desa" when forbids && entryAsn => 0.8,
            "kepala-desa" => 0.45,
            "pensiunan" when actors.Contains("keluarga") => 0.9,
            "pensiunan" => 0.4,
            _ => 0.3,
        };
    }
}
