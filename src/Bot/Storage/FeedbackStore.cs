using System.Data.Common;
using NetralBot.Bot.Feedback;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Storage;

/// <summary>The question log (<c>question_log</c>) and the answers shown with feedback buttons (<c>feedback_answers</c>).</summary>
internal sealed class FeedbackStore(StoreDatabase database) : IFeedbackStore
{
    private const string ShownColumns = "id, chat_key, user_hash, question, topic_id, verdict, confidence, shown_at";

    /// <inheritdoc />
    public Task SaveShownAsync(ShownAnswer answer, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(
            $"INSERT INTO feedback_answers({ShownColumns}) VALUES (@Id, @ChatKey, @UserHash, @Question, @TopicId, @verdict, @Confidence, @at)",
            new { answer.Id, answer.ChatKey, answer.UserHash, answer.Question, answer.TopicId, verdict = answer.Verdict.ToContractName(), answer.Confidence, at = database.Time(answer.ShownAt) },
            cancellationToken);

    /// <inheritdoc />
    public async Task<ShownAnswer?> FindShownAsync(string id, CancellationToken cancellationToken = default) =>
        (await database.QueryAsync($"SELECT {ShownColumns} FROM feedback_answers WHERE id = @id", new { id }, ReadShown, cancellationToken)).FirstOrDefault();

    /// <inheritdoc />
    public async Task<ShownAnswer?> FindLastShownAsync(string chatKey, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        (await database.QueryAsync(
            $"SELECT {ShownColumns} FROM feedback_answers WHERE chat_key = @chatKey AND shown_at >= @since ORDER BY shown_at DESC, id LIMIT 1",
            new { chatKey, since = database.Time(since) },
            ReadShown,
            cancellationToken)).FirstOrDefault();

    /// <inheritdoc />
    public async Task<bool> VoteAsync(ShownAnswer answer, string userHash, FeedbackKind vote, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (vote == FeedbackKind.Unanswered)
        {
            throw new ArgumentOutOfRangeException(nameof(vote), "A vote is helpful or unhelpful.");
        }

        // One row per answer and voter: the partial unique index takes the conflict; the same vote again changes nothing.
        var changed = await database.ExecuteAsync(
            """
            INSERT INTO question_log(kind, user_hash, question, topic_id, verdict, confidence, reason, answer_id, logged_at)
            VALUES (@kind, @userHash, @Question, @TopicId, @verdict, @Confidence, NULL, @Id, @at)
            ON CONFLICT(answer_id, user_hash) WHERE answer_id IS NOT NULL
            DO UPDATE SET kind = excluded.kind, reason = NULL, logged_at = excluded.logged_at WHERE question_log.kind <> excluded.kind
            """,
            new
            {
                kind = vote.Name(),
                userHash,
                answer.Question,
                answer.TopicId,
                verdict = answer.Verdict.ToContractName(),
                answer.Confidence,
                answer.Id,
                at = database.Time(at),
            },
            cancellationToken);
        return changed > 0;
    }

    /// <inheritdoc />
    public async Task<bool> SetReasonAsync(string answerId, string userHash, FeedbackReason reason, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(
            """
            UPDATE question_log SET reason = @reason
            WHERE answer_id = @answerId AND user_hash = @userHash AND kind = 'unhelpful' AND (reason IS NULL OR reason <> @reason)
            """,
            new { answerId, userHash, reason = reason.Name() },
            cancellationToken) > 0;

    /// <inheritdoc />
    public Task LogQuestionAsync(LoggedQuestion question, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(
            """
            INSERT INTO question_log(kind, user_hash, question, topic_id, verdict, confidence, reason, answer_id, logged_at)
            VALUES (@kind, @UserHash, @Question, @TopicId, @verdict, @Confidence, @reason, NULL, @at)
            """,
            new
            {
                kind = question.Kind.Name(),
                question.UserHash,
                question.Question,
                question.TopicId,
                verdict = question.Verdict.ToContractName(),
                question.Confidence,
                reason = question.Reason?.Name(),
                at = database.Time(question.LoggedAt),
            },
            cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<LoggedQuestion>> ListAsync(DateTimeOffset? since, IReadOnlyCollection<FeedbackKind> kinds, CancellationToken cancellationToken = default)
    {
        if (kinds.Count == 0)
        {
            return [];
        }

        // The names come from the enumeration, never from input, so they are written as literals: one statement for
        // both providers (Dapper expands a list parameter for SQLite but passes an array to Npgsql).
        var names = string.Join(", ", kinds.Distinct().Select(k => "'" + k.Name() + "'"));
        var sinceFilter = since is null ? string.Empty : " AND logged_at >= @since";
        return await database.QueryAsync(
            $"""
            SELECT kind, user_hash, question, topic_id, verdict, confidence, reason, logged_at FROM question_log
            WHERE kind IN ({names}){sinceFilter} ORDER BY logged_at DESC, id DESC
            """,
            new { since = database.Time(since) },
            reader => new LoggedQuestion(
                FeedbackNames.ParseKind(reader.GetString(0)) ?? throw new InvalidDataException("Unknown question_log kind: " + reader.GetString(0)),
                reader.GetString(1),
                reader.GetString(2),
                StoreDatabase.ReadTextOrNull(reader, 3),
                ReadVerdict(reader, 4),
                reader.GetDouble(5),
                FeedbackNames.ParseReason(StoreDatabase.ReadTextOrNull(reader, 6)),
                StoreDatabase.ReadTime(reader, 7)),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<UserFeedbackData> CountByUserAsync(string userHash, CancellationToken cancellationToken = default) =>
        new(
            (int)await database.ScalarAsync<long>("SELECT COUNT(*) FROM question_log WHERE user_hash = @userHash", new { userHash }, cancellationToken),
            (int)await database.ScalarAsync<long>("SELECT COUNT(*) FROM feedback_answers WHERE user_hash = @userHash", new { userHash }, cancellationToken));

    /// <inheritdoc />
    public async Task<int> DeleteByUserAsync(string userHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var deleted = await connection.ExecuteStatementAsync("DELETE FROM question_log WHERE user_hash = @userHash", new { userHash }, transaction, cancellationToken)
            + await connection.ExecuteStatementAsync("DELETE FROM feedback_answers WHERE user_hash = @userHash", new { userHash }, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    /// <inheritdoc />
    public async Task<int> DeleteExpiredAsync(DateTimeOffset loggedBefore, DateTimeOffset shownBefore, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync("DELETE FROM question_log WHERE logged_at < @at", new { at = database.Time(loggedBefore) }, cancellationToken)
        + await database.ExecuteAsync("DELETE FROM feedback_answers WHERE shown_at < @at", new { at = database.Time(shownBefore) }, cancellationToken);

    private static ShownAnswer ReadShown(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        StoreDatabase.ReadTextOrNull(reader, 4),
        ReadVerdict(reader, 5),
        reader.GetDouble(6),
        StoreDatabase.ReadTime(reader, 7));

    private static Verdict ReadVerdict(DbDataReader reader, int ordinal) =>
        VerdictNames.TryParse(reader.GetString(ordinal), out var verdict) ? verdict : throw new InvalidDataException("Unknown verdict: " + reader.GetString(ordinal));
}
