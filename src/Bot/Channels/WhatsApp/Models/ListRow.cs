namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>One row of a list message.</summary>
/// <param name="Id">Comes back in the user's <c>list_reply</c> (at most 200 characters).</param>
/// <param name="Title">At most 24 characters.</param>
/// <param name="Description">At most 72 characters.</param>
internal sealed record ListRow(string Id, string Title, string? Description);
