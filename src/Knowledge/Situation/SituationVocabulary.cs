using NetralBot.Knowledge.Text;

namespace NetralBot.Knowledge.Situation;

/// <summary>The ids an entry's situation lines may use: the concept ids of the shipped lexicons.</summary>
internal static class SituationVocabulary
{
    private static readonly Lazy<IReadOnlySet<string>> ActIds = new(() => Ids("acts.txt"));
    private static readonly Lazy<IReadOnlySet<string>> ConditionIds = new(() => Ids("conditions.txt"));
    private static readonly Lazy<IReadOnlySet<string>> IntentIds = new(() => Ids("intents.txt"));

    /// <summary>Act ids (<c>- Perbuatan:</c>).</summary>
    public static IReadOnlySet<string> Acts => ActIds.Value;

    /// <summary>Condition ids (<c>- Syarat:</c>).</summary>
    public static IReadOnlySet<string> Conditions => ConditionIds.Value;

    /// <summary>Intent ids (<c>- Maksud:</c>).</summary>
    public static IReadOnlySet<string> Intents => IntentIds.Value;

    /// <summary>Actor classes (<c>- Pelaku:</c>).</summary>
    public static IReadOnlySet<string> Actors => ActorClasses.All;

    private static HashSet<string> Ids(string file) => LexiconResource.Lines(file, "Situation")
        .Where(l => l.IndexOf(':') > 0)
        .Select(l => l[..l.IndexOf(':')].Trim())
        .ToHashSet(StringComparer.Ordinal);
}
