namespace NetralBot.Bot.Pledges;

/// <summary>The versioned pledge text shown before a person pledges.</summary>
/// <param name="Version">The version declared in the file (or "tanpa-versi").</param>
/// <param name="Title">The heading shown above the points.</param>
/// <param name="Points">The pledge points, in order.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file text (UTF-8): proves which text was shown.</param>
internal sealed record PledgeText(string Version, string Title, IReadOnlyList<string> Points, string Sha256);
