namespace NetralBot.Bot.Pledges;

/// <summary>The stored pledge after a save: the new one, or the one that already existed.</summary>
/// <param name="Pledge">The pledge now in the store.</param>
/// <param name="Created">False when an earlier pledge of the same person and election was found instead.</param>
internal sealed record PledgeSaveResult(Pledge Pledge, bool Created);
