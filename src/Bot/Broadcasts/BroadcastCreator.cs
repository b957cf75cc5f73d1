namespace NetralBot.Bot.Broadcasts;

/// <summary>
/// Who queued a broadcast, from its stored form: <c>channel:user id</c> for an admin in chat, who gets the final
/// report there; anything else (<c>cli</c>, <c>scheduler</c>) has nobody to report to.
/// </summary>
/// <param name="Stored">The stored form, as written to <c>broadcast_jobs.created_by</c> and the audit log.</param>
/// <param name="Channel">The admin's channel; null when not queued from a chat.</param>
/// <param name="UserId">The admin's user id on <paramref name="Channel"/>; null when not queued from a chat.</param>
internal sealed record BroadcastCreator(string Stored, string? Channel, string? UserId)
{
    public static BroadcastCreator Parse(string stored)
    {
        var separator = stored.IndexOf(':', StringComparison.Ordinal);
        return separator <= 0 || separator == stored.Length - 1
            ? new BroadcastCreator(stored, null, null)
            : new BroadcastCreator(stored, stored[..separator], stored[(separator + 1)..]);
    }

    /// <summary>A stored creator read where a text is given (tests, records built by hand).</summary>
    public static implicit operator BroadcastCreator(string stored) => Parse(stored);

    /// <inheritdoc />
    public override string ToString() => Stored;
}
