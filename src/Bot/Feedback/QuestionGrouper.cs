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
        var clusters = new List<(string Sorted, int[] Letters, List<LoggedQuestion> Rows)>();
        foreach (var (key, members) in exact)
        {
            // Token sort ratio = the plain ratio of the token-sorted texts: sorted once here, not once per comparison.
            var sorted = string.Join(' ', key.Split(' ').Order(StringComparer.Ordinal));
            var letters = Letters(sorted);
            var match = clusters.FindIndex(cluster => CanReach(cluster.Sorted, cluster.Letters, sorted, letters) && Fuzz.Ratio(cluster.Sorted, sorted) >= Threshold);
            if (match < 0)
            {
                clusters.Add((sorted, letters, members));
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
            MostFrequent(cluster.Rows.Select(row => row.TopicId).Where(topic => topic is not null)))
        {
            Members = cluster.Rows,
        });
    }

    // FuzzySharp's ratio is (a + b − indel distance) / (a + b), and every character one text has more of than the other
    // costs at least one insertion or deletion; so a pair whose character counts differ too much cannot reach the
    // threshold, and the (much dearer) ratio is computed only for the few that can. Counts are kept modulo 64 buckets:
    // a shared bucket only loosens the bound.
    private static bool CanReach(string a, int[] aLetters, string b, int[] bLetters)
    {
        var total = a.Length + b.Length;
        var budget = ((100 - Threshold + 1) * total / 100) + 1; // a little loose: FuzzySharp rounds the ratio
        var difference = 0;
        for (var i = 0; i < aLetters.Length && difference <= budget; i++)
        {
            difference += Math.Abs(aLetters[i] - bLetters[i]);
        }

        return difference <= budget;
    }

    private static int[] Letters(string text)
    {
        var counts = new int[64];
        foreach (var c in text)
        {
            counts[c % 64]++;
        }

        return counts;
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
