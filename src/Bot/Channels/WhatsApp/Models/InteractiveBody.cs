namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>The body of an interactive message.</summary>
/// <param name="Text">At most 1024 characters.</param>
internal sealed record InteractiveBody(string Text);
