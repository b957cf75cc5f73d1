namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <param name="Type">Always <c>reply</c>.</param>
/// <param name="Reply">Its id and title.</param>
internal sealed record ReplyButtonItem(string Type, ReplyButtonContent Reply);
