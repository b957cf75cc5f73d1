
using NetralBot.Bot.Common;

namespace NetralBot.Bot.Broadcasts;

/// <summary>
/// Who queued a broadcast, from its stored form: <c>channel:user id</c> (<see cref="ChannelUser"/>) for an admin in
/// chat, who gets the final report there; anything else (<c>cli</c>, <c>scheduler</c>, <c>dihapus</c>) has nobody to
/// report to.
/// </summary>
/// <param name="Stored">The stored form, as written to <c>broadcast_jobs.created_by</c> and the audit log.</param>
/// <param name="Admin">The admin to report to; null when not queued from a chat.</param>
internal sealed record BroadcastCreator(string Stored, ChannelUser? Admin)
{
    public static BroadcastCreator Parse(string stored) => new(stored, ChannelUser.TryParse(stored, out var admin) ? admin : null);

    /// <summary>A stored creator read where a text is given (tests, records built by hand).</summary>
    public static implicit operator BroadcastCreator(string stored) => Parse(stored);

    /// <inheritdoc />
    public override string ToString() => Stored;
}
