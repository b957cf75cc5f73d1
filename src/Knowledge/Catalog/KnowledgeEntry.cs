using NetralBot.Knowledge.Answering;

namespace NetralBot.Knowledge.Catalog;

/// <summary>One situation in the knowledge base, as an admin wrote it in <c>content/faq-id.md</c>.</summary>
/// <param name="Id">Stable id, used by follow-up buttons and the <c>ask</c> contract.</param>
/// <param name="Question">The main question (the entry's heading).</param>
/// <param name="Phrasings">Alternate ways employees ask the same thing.</param>
/// <param name="Verdict">The ruling.</param>
/// <param name="Keywords">Extra search words an admin attached to the entry.</param>
/// <param name="AnswerText">The short answer in plain Indonesian.</param>
/// <param name="Advice">"Sebaiknya": what to do instead, or null.</param>
/// <param name="LegalBases">The regulations and articles the entry rests on.</param>
/// <param name="Sanction">The sanction, or null when none applies.</param>
/// <param name="Related">Ids of follow-up entries.</param>
/// <param name="CheckedOn">The date the entry was last checked against the regulations.</param>
/// <param name="Line">The 1-based line of the entry's heading, for messages.</param>
public sealed record KnowledgeEntry(
    string Id,
    string Question,
    IReadOnlyList<string> Phrasings,
    Verdict Verdict,
    IReadOnlyList<string> Keywords,
    string AnswerText,
    string? Advice,
    IReadOnlyList<string> LegalBases,
    string? Sanction,
    IReadOnlyList<string> Related,
    DateOnly? CheckedOn,
    int Line)
{
    /// <summary>The situation the entry answers (actor, acts, deciding conditions, intent).</summary>
    public EntrySituation Situation { get; init; } = EntrySituation.None;

    /// <summary>
    /// Where the entry's facts come from (<c>- Sumber:</c>): source numbers of the domain reference ("S24") or
    /// official links, so admins can re-check the entry when a rule changes and users see what it rests on.
    /// </summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}
