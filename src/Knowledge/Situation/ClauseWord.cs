namespace NetralBot.Knowledge.Situation;

/// <summary>A normalized word of a clause (slang and regional forms expanded) with its stem.</summary>
internal readonly record struct ClauseWord(string Word, string Stem);
