namespace NetralBot.Bot.Feedback;

/// <summary>A phrasing a super admin attached to a knowledge-base entry from the question log.</summary>
/// <param name="EntryId">The entry it leads to.</param>
/// <param name="Text">The phrasing (a logged question, personal data scrubbed).</param>
/// <param name="AttachedBy">The admin, as in the audit log (<c>telegram:12345</c>).</param>
/// <param name="AttachedAt">When.</param>
internal sealed record StoredPhrasing(string EntryId, string Text, string AttachedBy, DateTimeOffset AttachedAt);
