namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>One reply button.</summary>
/// <param name="Type">Always <c>reply</c>.</param>
/// <param name="Reply">Its id and title.</param>
public sealed record ReplyButtonItem(string Type, ReplyButtonContent Reply);
