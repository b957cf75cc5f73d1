namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>The text of a text message.</summary>
/// <param name="Body">What the user typed.</param>
internal sealed record InboundText(string? Body);
