namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>The user's answer to an interactive message.</summary>
/// <param name="Type"><c>button_reply</c> or <c>list_reply</c>.</param>
/// <param name="ButtonReply">The reply button chosen.</param>
/// <param name="ListReply">The list row chosen.</param>
internal sealed record InboundInteractive(string? Type, InboundChoice? ButtonReply, InboundChoice? ListReply);
