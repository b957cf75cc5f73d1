namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>A reply button's id and title.</summary>
/// <param name="Id">Comes back in the user's <c>button_reply</c> (at most 256 characters).</param>
/// <param name="Title">The label (at most 20 characters, unique within the message).</param>
internal sealed record ReplyButtonContent(string Id, string Title);
