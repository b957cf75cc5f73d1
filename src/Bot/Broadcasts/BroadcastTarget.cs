using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Broadcasts;

/// <summary>The recipients of a broadcast.</summary>
/// <param name="Kind">All, one agency, or not pledged.</param>
/// <param name="Agency">The agency for <see cref="BroadcastTargetKind.Instansi"/>; null otherwise.</param>
/// <param name="Zone">
/// Only subscribers in this time zone (set with <c>/zona</c>); for <see cref="DefaultZone"/> also those who have set
/// none, so everyone is in exactly one zone. Null reaches every zone.
/// </param>
internal sealed record BroadcastTarget(BroadcastTargetKind Kind, string? Agency = null, IndonesianTimeZone? Zone = null)
{
    /// <summary>
    /// The zone of subscribers who have not set one: WIB, where most civil servants work and the zone the bot already
    /// assumes for dates typed without one.
    /// </summary>
    public const IndonesianTimeZone DefaultZone = IndonesianTimeZone.Wib;

    /// <summary>All active subscribers.</summary>
    public static BroadcastTarget All { get; } = new(BroadcastTargetKind.All);

    /// <summary>Active subscribers without a pledge for the current election.</summary>
    public static BroadcastTarget NotPledged { get; } = new(BroadcastTargetKind.NotPledged);

    /// <summary>Active subscribers of one agency.</summary>
    public static BroadcastTarget ForAgency(string agency) => new(BroadcastTargetKind.Instansi, agency.Trim());

    /// <summary>Subscribers on <paramref name="agency"/>'s roster without a pledge for the current election.</summary>
    public static BroadcastTarget ForRoster(string agency) => new(BroadcastTargetKind.Roster, agency.Trim());

    /// <summary>The same recipients, limited to <paramref name="zone"/> (and, for <see cref="DefaultZone"/>, those without a zone).</summary>
    public BroadcastTarget InZone(IndonesianTimeZone zone) => this with { Zone = zone };

    /// <summary>
    /// The stored and printed form: <c>semua</c>, <c>instansi:NAMA</c>, <c>belum-ikrar</c>, followed by <c>@WIB</c>,
    /// <c>@WITA</c> or <c>@WIT</c> when limited to a zone (e.g. <c>semua@WITA</c>); unzoned targets print as before.
    /// </summary>
    public override string ToString() => (Kind switch
    {
        BroadcastTargetKind.Instansi => "instansi:" + Agency,
        BroadcastTargetKind.NotPledged => "belum-ikrar",
        BroadcastTargetKind.Roster => "pegawai-belum-ikrar:" + Agency,
        _ => "semua",
    }) + (Zone is { } zone ? "@" + zone.Abbreviation() : string.Empty);

    /// <summary>An Indonesian description for admins.</summary>
    public string Describe() => (Kind switch
    {
        BroadcastTargetKind.Instansi => $"pelanggan aktif dari instansi {Agency}",
        BroadcastTargetKind.NotPledged => "pelanggan aktif yang belum berikrar untuk pemilihan saat ini",
        BroadcastTargetKind.Roster => $"pegawai {Agency} dalam daftar pegawai yang belum berikrar dan berlangganan",
        _ => "semua pelanggan aktif",
    }) + Zone switch
    {
        null => string.Empty,
        DefaultZone => $" di zona {DefaultZone.Abbreviation()} (termasuk yang belum mengatur zona)",
        { } zone => $" di zona {zone.Abbreviation()}",
    };
}
