namespace NetralBot.Bot.Feedback;

/// <summary>
/// The question log and the answers shown with feedback buttons. Rows hold keyed hashes of users and chats
/// (<see cref="Privacy.UserIdHash"/>) and scrubbed question text, never a user id, NIP or name.
/// </summary>
internal interface IFeedbackStore
{
    /// <summary>Remembers an answer shown with feedback buttons.</summary>
    Task SaveShownAsync(ShownAnswer answer, CancellationToken cancellationToken = default);

    /// <summary>The shown answer with <paramref name="id"/>, or null when unknown or expired.</summary>
    Task<ShownAnswer?> FindShownAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The last answer shown in the chat with key <paramref name="chatKey"/> at or after <paramref name="since"/>, or null.</summary>
    Task<ShownAnswer?> FindLastShownAsync(string chatKey, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the vote of <paramref name="userHash"/> on <paramref name="answer"/>: one vote per user and answer, a
    /// changed vote replaces the earlier one (and clears its reason). False when that vote was already recorded (a
    /// double click), so it counts once.
    /// </summary>
    Task<bool> VoteAsync(ShownAnswer answer, string userHash, FeedbackKind vote, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Sets the reason of the user's 👎 on the answer; false when there is no such vote or it has that reason already.</summary>
    Task<bool> SetReasonAsync(string answerId, string userHash, FeedbackReason reason, CancellationToken cancellationToken = default);

    /// <summary>Adds a question to the log (kind <see cref="FeedbackKind.Unanswered"/>).</summary>
    Task LogQuestionAsync(LoggedQuestion question, CancellationToken cancellationToken = default);

    /// <summary>The log rows of <paramref name="kinds"/> logged at or after <paramref name="since"/> (all when null), newest first.</summary>
    Task<IReadOnlyList<LoggedQuestion>> ListAsync(DateTimeOffset? since, IReadOnlyCollection<FeedbackKind> kinds, CancellationToken cancellationToken = default);

    /// <summary>How many rows hold <paramref name="userHash"/>.</summary>
    Task<UserFeedbackData> CountByUserAsync(string userHash, CancellationToken cancellationToken = default);

    /// <summary>Deletes every row of <paramref name="userHash"/> (votes, logged questions, shown answers); returns how many.</summary>
    Task<int> DeleteByUserAsync(string userHash, CancellationToken cancellationToken = default);

    /// <summary>Deletes log rows logged before <paramref name="loggedBefore"/> and shown answers before <paramref name="shownBefore"/>.</summary>
    Task<int> DeleteExpiredAsync(DateTimeOffset loggedBefore, DateTimeOffset shownBefore, CancellationToken cancellationToken = default);
}
