using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Dashboard.Pages;

/// <summary>Ringkasan: pledges per agency and status (the chat statistics' aggregates), against the roster, per day, and subscribers per channel.</summary>
internal sealed class IndexModel(IPledgeStatisticsStore statistics, IRosterStore roster, IDashboardStatisticsStore figures, PledgeOptions pledge) : DashboardPageModel
{
    /// <summary>The current election.</summary>
    public string ElectionId => pledge.ElectionId;

    /// <summary>The agency shown; null for all.</summary>
    public string? Agency { get; private set; }

    /// <summary>Pledge counts, as <c>/statistik</c> and <c>stats</c> report them.</summary>
    public PledgeStatistics Statistics { get; private set; } = null!;

    /// <summary>Roster coverage per agency.</summary>
    public IReadOnlyList<Coverage> Roster { get; private set; } = [];

    /// <summary>Roster coverage per unit of <see cref="Agency"/>.</summary>
    public IReadOnlyList<Coverage> Units { get; private set; } = [];

    /// <summary>Subscribers per channel (super admins: a subscriber's agency is unknown until they pledge).</summary>
    public IReadOnlyList<ChannelSubscribers>? Channels { get; private set; }

    /// <summary>The chart of pledges per day.</summary>
    public string Chart { get; private set; } = string.Empty;

    /// <summary>Pledged share of the roster.</summary>
    public double? RosterRate => Roster.Sum(c => c.Employees) is var employees and > 0 ? (double)Roster.Sum(c => c.Pledged) / employees : null;

    /// <summary>Loads the figures for the agency in scope.</summary>
    public async Task OnGetAsync(string? instansi, CancellationToken cancellationToken)
    {
        Agency = CurrentUser.AgencyFor(instansi);
        Statistics = await statistics.GetAsync(pledge.ElectionId, Agency, cancellationToken);
        if (Agency is null)
        {
            Roster = await roster.AgencyCoverageAsync(pledge.ElectionId, null, cancellationToken);
        }
        else
        {
            // One pass over the agency's roster: its row is the sum of its units (a second query cost as much again).
            Units = await roster.UnitCoverageAsync(pledge.ElectionId, Agency, cancellationToken);
            var name = Statistics.ByAgency.Count > 0 ? Statistics.ByAgency[0].Name : Agency; // the spelling the table rows are matched by
            Roster = Units.Count == 0 ? [] : [new Coverage(name, Units.Sum(u => u.Employees), Units.Sum(u => u.Pledged))];
        }

        Chart = SvgBarChart.Render(await figures.PledgesPerDayAsync(pledge.ElectionId, Agency, cancellationToken), "Jumlah ikrar per hari");
        Channels = CurrentUser.IsSuper ? await figures.SubscribersPerChannelAsync(cancellationToken) : null;
    }
}
