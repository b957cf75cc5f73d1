namespace NetralBot.Knowledge.Answering;

/// <summary>What the engine decided to do with a question.</summary>
internal enum SelectionKind
{
    /// <summary>Answer from the first entry.</summary>
    Answer,

    /// <summary>Two or three entries stay close and rule differently: ask which one is meant.</summary>
    Clarify,

    /// <summary>Not sure: say so and suggest the closest topics.</summary>
    NotSure,
}

/// <summary>The decision and its evidence.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="Confidence">Confidence in the first entry's verdict, in [0, 1].</param>
/// <param name="Entries">The entry to answer from (first), or the choices, or the suggestions.</param>
/// <param name="SetAside">
/// For an answer: a close, looser entry set aside because the question did not say enough to rule it in (the
/// answer says so). Null otherwise.
/// </param>
internal sealed record Selection(SelectionKind Kind, double Confidence, IReadOnlyList<RankedEntry> Entries, RankedEntry? SetAside);
