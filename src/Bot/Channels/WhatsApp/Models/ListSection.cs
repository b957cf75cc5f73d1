namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>A section of a list message.</summary>
/// <param name="Title">Required only when there is more than one section.</param>
/// <param name="Rows">The rows.</param>
internal sealed record ListSection(string? Title, IReadOnlyList<ListRow> Rows);
