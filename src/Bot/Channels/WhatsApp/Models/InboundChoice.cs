namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>A chosen reply button or list row.</summary>
/// <param name="Id">The id the bot gave it (a <see cref="NetralBot.Bot.Conversation.ReplyButton.Data"/>).</param>
/// <param name="Title">The label the user saw.</param>
/// <param name="Description">A list row's description, if any.</param>
internal sealed record InboundChoice(string? Id, string? Title, string? Description);
