using FuzzySharp;
using NetralBot.Bot.Conversation;

namespace NetralBot.Bot.Feedback;

/// <summary>
/// Groups near-identical questions: the same words after <see cref="PhraseNormalizer"/> (case, punctuation and spacing
/// ignored) first, then wordings whose token-sorted similarity (FuzzySharp) reaches <see cref="Threshold"/>, joined to
/// the largest group they resemble. Most frequent first.
/// </summary>
internal static class QuestionGrouper
{
    /// <summary>The FuzzySharp token-sort ratio (0–100) from which two wordings count as one question: typos and word order, not another question.</summary>
    public const int Threshold = 90;

    /// <summary>The groups of <paramref name="rows"/> (newest first, as the store lists them), most frequent first.</summary>
    public static IReadOnlyList<QuestionGroup> Group(IEnumerable<LoggedQuestion> rows) =>
        rows.GroupBy(row => row.Kind)
            .SelectMany(kind => GroupOfKind(kind.Key, kind.ToList()))
            .OrderByDescending(group => group.Count)
            .ThenBy(group => group.Kind)
            .ThenBy(group => group.Question, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<QuestionGroup> GroupOfKind(FeedbackKind kind, List<LoggedQuestion> rows)
    {
        // Exact groups of the normalized wording, largest first, so that a wording joins the most frequent one it resembles.
        var exact = rows.GroupBy(row => PhraseNormalizer.Normalize(row.Question), StringComparer.Ordinal)
            .Select(group => (Key: group.Key, Rows: group.ToList()))
            .OrderByDescending(group => group.Rows.Count)
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .ToList();
        var clusters = new List<(string Key, List<LoggedQuestion> Rows)>();
        foreach (var (key, members) in exact)
        {
            var match = clusters.FindIndex(cluster => Fuzz.TokenSortRatio(cluster.Key, key) >= Threshold);
            if (match < 0)
            {
                clusters.Add((key, members));
            }
            else
            {
                clusters[match].Rows.AddRange(members);
            }
        }

        return clusters.Select(cluster => new QuestionGroup(
            cluster.Rows.Count,
            kind,
            MostFrequent(cluster.Rows.Select(row => row.Question))!,
            MostFrequent(cluster.Rows.Select(row => row.TopicId).Where(topic => topic is not null))));
    }

    // Ties go to the first seen, i.e. the newest row.
    private static string? MostFrequent(IEnumerable<string?> values) =>
        values.Select((value, index) => (value, index))
            .GroupBy(item => item.value, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Min(item => item.index))
            .Select(group => group.Key)
            .FirstOrDefault();
}
