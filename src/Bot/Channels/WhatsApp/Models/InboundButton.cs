namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>A pressed quick-reply button of a template message.</summary>
/// <param name="Payload">The button's payload as defined in the template.</param>
/// <param name="Text">The button's label.</param>
internal sealed record InboundButton(string? Payload, string? Text);
