namespace NetralBot.Bot.Pledges;

/// <summary>Settings of the pledge dialog (section <c>Pledge</c>).</summary>
/// <param name="ElectionId">The election pledges are recorded for (<c>Pledge:ElectionId</c>).</param>
internal sealed record PledgeOptions(string ElectionId)
{
    /// <summary>The default election id.</summary>
    public const string DefaultElectionId = "pemilu-2029";
}
