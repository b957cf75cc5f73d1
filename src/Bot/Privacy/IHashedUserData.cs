namespace NetralBot.Bot.Privacy;

/// <summary>
/// Data another capability keeps under a user's keyed hash (<see cref="UserIdHash.ForUser"/>), e.g. the question log:
/// what <c>/datasaya</c> counts and <c>/hapusdata</c> deletes. A port, so that Privacy never references the
/// capabilities that use its hash (they reference Privacy; the reverse would be a cycle).
/// </summary>
internal interface IHashedUserData
{
    /// <summary>What the data is, in Indonesian for the user (e.g. "penilaian jawaban dan pertanyaan tercatat").</summary>
    string Description { get; }

    /// <summary>How many rows hold <paramref name="userHash"/>.</summary>
    Task<int> CountAsync(string userHash, CancellationToken cancellationToken = default);

    /// <summary>Deletes every row holding <paramref name="userHash"/>; returns how many.</summary>
    Task<int> DeleteAsync(string userHash, CancellationToken cancellationToken = default);
}
