using NetralBot.Bot.Privacy;

namespace NetralBot.Bot.Feedback;

/// <summary>The question log's rows of one user, for <c>/datasaya</c> and <c>/hapusdata</c>.</summary>
internal sealed class FeedbackUserData(IFeedbackStore store) : IHashedUserData
{
    /// <inheritdoc />
    public string Description => FeedbackTexts.UserDataDescription;

    /// <inheritdoc />
    public async Task<int> CountAsync(string userHash, CancellationToken cancellationToken = default) =>
        (await store.CountByUserAsync(userHash, cancellationToken)).Total;

    /// <inheritdoc />
    public Task<int> DeleteAsync(string userHash, CancellationToken cancellationToken = default) => store.DeleteByUserAsync(userHash, cancellationToken);
}
