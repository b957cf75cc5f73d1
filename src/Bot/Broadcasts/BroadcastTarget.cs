namespace NetralBot.Bot.Broadcasts;

/// <summary>The recipients of a broadcast.</summary>
/// <param name="Kind">All, one agency, or not pledged.</param>
/// <param name="Agency">The agency for <see cref="BroadcastTargetKind.Instansi"/>; null otherwise.</param>
public sealed record BroadcastTarget(BroadcastTargetKind Kind, string? Agency = null)
{
    /// <summary>All active subscribers.</summary>
    public static BroadcastTarget All { get; } = new(BroadcastTargetKind.All);

    /// <summary>Active subscribers without a pledge for the current election.</summary>
    public static BroadcastTarget NotPledged { get; } = new(BroadcastTargetKind.NotPledged);

    /// <summary>Active subscribers of one agency.</summary>
    public static BroadcastTarget ForAgency(string agency) => new(BroadcastTargetKind.Instansi, agency.Trim());

    /// <summary>The stored and printed form: <c>semua</c>, <c>instansi:NAMA</c>, <c>belum-ikrar</c>.</summary>
    public override string ToString() => Kind switch
    {
        BroadcastTargetKind.Instansi => "instansi:" + Agency,
        BroadcastTargetKind.NotPledged => "belum-ikrar",
        _ => "semua",
    };

    /// <summary>An Indonesian description for admins.</summary>
    public string Describe() => Kind switch
    {
        BroadcastTargetKind.Instansi => $"pelanggan aktif dari instansi {Agency}",
        BroadcastTargetKind.NotPledged => "pelanggan aktif yang belum berikrar untuk pemilihan saat ini",
        _ => "semua pelanggan aktif",
    };
}
