namespace NetralBot.Knowledge.Text;

/// <summary>One word of a text after normalization and analysis.</summary>
/// <param name="Word">The normalized word (lower case, slang expanded: "gk" → "tidak").</param>
/// <param name="Stem">The Indonesian root of <paramref name="Word"/> ("memperbaiki" → "baik"); protected domain terms stay whole.</param>
/// <param name="Concept">The synonym-group key of the stem ("selfie", "swafoto" → "foto"), or the stem itself.</param>
/// <param name="IsStopWord">True for function words that carry no topic; negation, modality and time words are never stop words.</param>
/// <param name="Position">Zero-based position in the analyzed text, for phrase matching.</param>
internal readonly record struct AnalyzedToken(string Word, string Stem, string Concept, bool IsStopWord, int Position);
