using NetralBot.Bot.Common;

namespace NetralBot.Bot.Pledges;

/// <summary>Durable storage of pledges. Duplicates are impossible: one per (election, NIP) and, without NIP, one per (election, channel user).</summary>
internal interface IPledgeStore
{
    /// <summary>Commits the pledge, or returns the existing one of the same person and election.</summary>
    Task<PledgeSaveResult> SaveAsync(Pledge pledge, CancellationToken cancellationToken = default);

    /// <summary>Finds the pledge of a NIP for an election.</summary>
    Task<Pledge?> FindByNipAsync(string electionId, string nip, CancellationToken cancellationToken = default);

    /// <summary>Finds the latest pledge made from a channel user for an election.</summary>
    Task<Pledge?> FindByChannelUserAsync(string electionId, Channel channel, string channelUserId, CancellationToken cancellationToken = default);

    /// <summary>All pledges, oldest first.</summary>
    Task<IReadOnlyList<Pledge>> ListAsync(CancellationToken cancellationToken = default);
}
