namespace NetralBot.Bot.Pledges;

/// <summary>Settings of the pledge dialog (section <c>Pledge</c>).</summary>
/// <param name="ElectionId">The election pledges are recorded for (<c>Pledge:ElectionId</c>).</param>
/// <param name="RetentionDays">
/// Days after a pledge until its name, NIP and account are removed (<c>Privacy:PledgeRetentionDays</c>). 730 by default:
/// pledges are made up to about a year before an election's stages end, and reports of neutrality violations and the
/// disciplinary process that follows can take up to about a year after that; the agency needs its evidence until then.
/// </param>
internal sealed record PledgeOptions(string ElectionId, int RetentionDays = PledgeOptions.DefaultRetentionDays)
{
    /// <summary>The default of <see cref="RetentionDays"/>.</summary>
    public const int DefaultRetentionDays = 730;

    /// <summary>The default election id.</summary>
    public const string DefaultElectionId = "pemilu-2029";
}
