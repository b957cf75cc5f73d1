namespace NetralBot.Knowledge.Search;

/// <summary>
/// Concepts that exclude each other: a question about the Pilkada is not answered by an entry written for the
/// Pemilu when an entry for the Pilkada exists, however many filler words ("tanggal berapa") the wrong one shares.
/// The two elections have different laws, dates and penalties.
/// </summary>
internal static class ExclusiveConcepts
{
    /// <summary>Score factor for an entry that names only the other member of a group the question names.</summary>
    public const double Penalty = 0.6;

    public static readonly IReadOnlyList<string[]> Groups = [["pemilu", "pilkada"]];

    /// <summary>True when the query names one member and the entry names another member but not that one.</summary>
    public static bool Contradicts(IReadOnlySet<string> queryConcepts, IReadOnlySet<string> entryConcepts)
    {
        foreach (var group in Groups)
        {
            var asked = group.Where(queryConcepts.Contains).ToList();
            if (asked.Count == 1 && !entryConcepts.Contains(asked[0]) && group.Any(entryConcepts.Contains))
            {
                return true;
            }
        }

        return false;
    }
}
