namespace NetralBot.Bot.Pledges;

/// <summary>Pledge counts for one election, optionally limited to one agency.</summary>
/// <param name="ElectionId">The election.</param>
/// <param name="Agency">The agency the figures are limited to; null for all.</param>
/// <param name="Pledges">Pledges in scope.</param>
/// <param name="ByAgency">Pledges per agency, largest first.</param>
/// <param name="ByStatus">Pledges per employment status (PNS, PPPK, Non-ASN).</param>
/// <param name="ActiveSubscribers">Active subscribers (all agencies; the agency of a subscriber is known only from a pledge).</param>
/// <param name="PledgedSubscribers">Active subscribers with a pledge in scope.</param>
internal sealed record PledgeStatistics(
    string ElectionId,
    string? Agency,
    long Pledges,
    IReadOnlyList<(string Name, long Count)> ByAgency,
    IReadOnlyList<(string Name, long Count)> ByStatus,
    long ActiveSubscribers,
    long PledgedSubscribers)
{
    /// <summary>Share of active subscribers who pledged, 0–1; null without subscribers or when limited to one agency.</summary>
    public double? PledgeRate => Agency is null && ActiveSubscribers > 0 ? (double)PledgedSubscribers / ActiveSubscribers : null;
}
