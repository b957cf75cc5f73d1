namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>A text value for a template variable.</summary>
/// <param name="Type">Always <c>text</c> here.</param>
/// <param name="Text">The value; Meta refuses new lines, tabs and more than 4 spaces in a row.</param>
internal sealed record TemplateParameter(string Type, string Text);
