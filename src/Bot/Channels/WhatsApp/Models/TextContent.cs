namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>The text of a text message.</summary>
/// <param name="Body">At most 4096 characters.</param>
/// <param name="PreviewUrl">Whether a link in the text gets a preview.</param>
internal sealed record TextContent(string Body, bool PreviewUrl);
