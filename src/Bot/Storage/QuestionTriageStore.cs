using NetralBot.Bot.Conversation;
using NetralBot.Bot.Feedback;

namespace NetralBot.Bot.Storage;

/// <summary>Attached phrasings (<c>kb_phrasings</c>) and decided wordings (<c>question_dispositions</c>).</summary>
internal sealed class QuestionTriageStore(StoreDatabase database) : IQuestionTriageStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredPhrasing>> ListPhrasingsAsync(CancellationToken cancellationToken = default) =>
        await database.QueryAsync(
            "SELECT entry_id, phrasing, attached_by, attached_at FROM kb_phrasings ORDER BY attached_at, id",
            null,
            reader => new StoredPhrasing(reader.GetString(0), reader.GetString(1), reader.GetString(2), StoreDatabase.ReadTime(reader, 3)),
            cancellationToken);

    /// <inheritdoc />
    public async Task<string?> AttachAsync(StoredPhrasing phrasing, IReadOnlyCollection<string> questionKeys, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var key = PhraseNormalizer.Normalize(phrasing.Text);
        var at = database.Time(phrasing.AttachedAt);
        var inserted = await connection.ExecuteStatementAsync(
            """
            INSERT INTO kb_phrasings(entry_id, phrasing, phrasing_key, attached_by, attached_at) VALUES (@EntryId, @Text, @key, @AttachedBy, @at)
            ON CONFLICT(phrasing_key) DO NOTHING
            """,
            new { phrasing.EntryId, phrasing.Text, key, phrasing.AttachedBy, at },
            transaction,
            cancellationToken);
        if (inserted == 0)
        {
            return (await connection.QueryRowsAsync(
                "SELECT entry_id FROM kb_phrasings WHERE phrasing_key = @key", new { key }, reader => reader.GetString(0), transaction, cancellationToken)).Single();
        }

        await DecideAsync(connection, transaction, questionKeys, "attached", phrasing.EntryId, phrasing.AttachedBy, at, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <inheritdoc />
    public async Task MarkOutOfScopeAsync(IReadOnlyCollection<string> questionKeys, string actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        await DecideAsync(connection, transaction, questionKeys, "out_of_scope", null, actor, database.Time(at), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> DecidedKeysAsync(CancellationToken cancellationToken = default) =>
        (await database.QueryAsync("SELECT question_key FROM question_dispositions", null, reader => reader.GetString(0), cancellationToken)).ToHashSet(StringComparer.Ordinal);

    private static Task<int> DecideAsync(
        System.Data.Common.DbConnection connection,
        System.Data.Common.DbTransaction transaction,
        IReadOnlyCollection<string> keys,
        string disposition,
        string? entryId,
        string actor,
        object at,
        CancellationToken cancellationToken) =>
        connection.ExecuteStatementAsync(
            """
            INSERT INTO question_dispositions(question_key, disposition, entry_id, decided_by, decided_at) VALUES (@key, @disposition, @entryId, @actor, @at)
            ON CONFLICT(question_key) DO NOTHING
            """,
            keys.Distinct(StringComparer.Ordinal).Select(key => new { key, disposition, entryId, actor, at }).ToList(),
            transaction,
            cancellationToken);
}
