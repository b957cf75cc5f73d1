namespace NetralBot.Knowledge.Catalog;

/// <summary>
/// A way of asking an entry's question that is not in the knowledge-base file (an admin attached it from the question
/// log); the engine indexes it exactly like a phrasing under <c>### Pertanyaan lain</c>.
/// </summary>
/// <param name="EntryId">The entry it leads to.</param>
/// <param name="Text">The phrasing.</param>
public sealed record ExtraPhrasing(string EntryId, string Text);
