using System.Security.Cryptography;
using System.Text;
using NetralBot.Bot.Access;
using NetralBot.Bot.Conversation;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Feedback;

/// <summary>
/// The Pertanyaan page's work: the open questions (unanswered, low confidence, marked unhelpful; grouped, without the
/// wordings already decided) and the two decisions a super admin makes about one — attach it to an entry as a phrasing
/// (stored, then merged into the live index at once) or mark it out of scope. Every decision writes an audit row; the
/// caller checks the role.
/// </summary>
internal sealed class QuestionTriage(IFeedbackStore feedback, IQuestionTriageStore store, LiveKnowledgeBase knowledge, IAuditLog audit, TimeProvider time)
{
    /// <summary>The longest phrasing taken: a phrasing is a question, not a story (the index weighs every word of it).</summary>
    public const int MaxPhrasingLength = 300;

    private static readonly FeedbackKind[] OpenKinds = [FeedbackKind.Unanswered, FeedbackKind.Unhelpful];

    /// <summary>The open groups, most frequent first.</summary>
    public async Task<IReadOnlyList<QuestionGroup>> OpenAsync(CancellationToken cancellationToken = default)
    {
        var decided = await store.DecidedKeysAsync(cancellationToken);
        var rows = await feedback.ListAsync(null, OpenKinds, cancellationToken);
        return QuestionGrouper.Group(rows.Where(row => !decided.Contains(PhraseNormalizer.Normalize(row.Question))));
    }

    /// <summary>True when most of the group's rows were answered with a verdict, only below the confidence bar.</summary>
    public static bool IsLowConfidence(QuestionGroup group) =>
        group.Kind == FeedbackKind.Unanswered && group.Members.Count(row => row.Verdict != Verdict.TidakTahu) * 2 > group.Members.Count;

    /// <summary>
    /// Attaches the open group (<paramref name="kind"/>, <paramref name="question"/>) to entry <paramref name="entryId"/>
    /// with <paramref name="phrasing"/> (the group's wording when empty), and rebuilds the live index.
    /// </summary>
    public async Task<TriageOutcome> AttachAsync(string actor, string? kind, string? question, string? entryId, string? phrasing, CancellationToken cancellationToken = default)
    {
        var group = await FindOpenAsync(kind, question, cancellationToken);
        if (group is null)
        {
            return new(false, QuestionTriageTexts.NotOpen);
        }

        entryId = entryId?.Trim();
        if (string.IsNullOrEmpty(entryId))
        {
            return new(false, QuestionTriageTexts.NoEntry);
        }

        var engine = knowledge.Current;
        var entry = engine.Find(entryId);
        if (entry is null)
        {
            return new(false, QuestionTriageTexts.UnknownEntry(entryId));
        }

        // An admin's own wording is scrubbed as the logged question was.
        var text = PersonalDataScrubber.Scrub(string.IsNullOrWhiteSpace(phrasing) ? group.Question : phrasing).Trim();
        var key = PhraseNormalizer.Normalize(text);
        if (key.Length == 0)
        {
            return new(false, QuestionTriageTexts.EmptyPhrasing);
        }

        if (text.Length > MaxPhrasingLength)
        {
            return new(false, QuestionTriageTexts.TooLong(text.Length, MaxPhrasingLength));
        }

        var other = engine.Entries.FirstOrDefault(e => e.Id != entry.Id && e.Phrasings.Prepend(e.Question).Any(p => PhraseNormalizer.Normalize(p) == key));
        if (other is not null)
        {
            return new(false, QuestionTriageTexts.PhrasingOfOtherEntry(other.Id));
        }

        // The engine with the phrasing must answer it from the entry: where the question's situation (actor, acts) does
        // not fit the entry, the file's rules keep answering it, and a stored phrasing would only mislead the admin.
        var now = time.GetUtcNow();
        var attached = new StoredPhrasing(entry.Id, text, actor, now);
        var candidate = LiveKnowledgeBase.Merge(knowledge.Content, [.. await store.ListPhrasingsAsync(cancellationToken), attached]);
        var answer = candidate.Ask(text);
        if (answer.TopicId != entry.Id)
        {
            return new(false, QuestionTriageTexts.SituationDoesNotFit(entry.Id, answer.TopicId, answer.Verdict.ToContractName()));
        }

        var existing = await store.AttachAsync(attached, Keys(group), cancellationToken);
        if (existing is not null)
        {
            return new(false, QuestionTriageTexts.AlreadyAttached(existing));
        }

        await knowledge.ReloadAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(actor, "questions.attach", $"entri:{entry.Id} pertanyaan:{Short(key)}", group.Count, now), cancellationToken);
        return new(true, QuestionTriageTexts.Attached(entry.Id, group.Count));
    }

    /// <summary>Marks the open group (<paramref name="kind"/>, <paramref name="question"/>) out of scope.</summary>
    public async Task<TriageOutcome> MarkOutOfScopeAsync(string actor, string? kind, string? question, CancellationToken cancellationToken = default)
    {
        var group = await FindOpenAsync(kind, question, cancellationToken);
        if (group is null)
        {
            return new(false, QuestionTriageTexts.NotOpen);
        }

        var now = time.GetUtcNow();
        await store.MarkOutOfScopeAsync(Keys(group), actor, now, cancellationToken);
        await audit.WriteAsync(new AuditEntry(actor, "questions.out-of-scope", $"pertanyaan:{Short(PhraseNormalizer.Normalize(group.Question))}", group.Count, now), cancellationToken);
        return new(true, QuestionTriageTexts.OutOfScope(group.Count));
    }

    private async Task<QuestionGroup?> FindOpenAsync(string? kind, string? question, CancellationToken cancellationToken)
    {
        var wanted = FeedbackNames.ParseKind(kind);
        return wanted is null || question is null
            ? null
            : (await OpenAsync(cancellationToken)).FirstOrDefault(g => g.Kind == wanted && g.Question == question);
    }

    private static string[] Keys(QuestionGroup group) =>
        group.Members.Select(row => PhraseNormalizer.Normalize(row.Question)).Where(key => key.Length > 0).Distinct(StringComparer.Ordinal).ToArray();

    // The audit log names a wording by a digest prefix: enough to tell decisions apart, no question text in the log.
    private static string Short(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
}
