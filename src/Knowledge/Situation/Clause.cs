namespace NetralBot.Knowledge.Situation;

/// <summary>One clause of a message: a sentence, or a part of one split at a discourse word ("tapi", "terus").</summary>
/// <param name="Raw">The clause as typed.</param>
/// <param name="Words">Its normalized words with stems.</param>
/// <param name="EndsWithQuestionMark">True when the clause ended with "?".</param>
/// <param name="Sentence">The index of the sentence the clause belongs to (commas split sentences into clauses).</param>
internal sealed record Clause(string Raw, IReadOnlyList<ClauseWord> Words, bool EndsWithQuestionMark, int Sentence = 0);
