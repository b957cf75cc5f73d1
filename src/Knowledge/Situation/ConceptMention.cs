namespace NetralBot.Knowledge.Situation;

/// <summary>A concept of a lexicon found in a clause.</summary>
/// <param name="Concept">The concept id (e.g. <c>kampanye</c>, <c>pasangan</c>).</param>
/// <param name="Start">The index of the first matched word in the clause.</param>
/// <param name="Length">The number of words matched (0 for a symbol such as an emoji).</param>
internal readonly record struct ConceptMention(string Concept, int Start, int Length)
{
    /// <summary>The index just after the match.</summary>
    public int End => Start + Length;
}
