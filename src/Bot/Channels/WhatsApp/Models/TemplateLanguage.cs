namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>A template's language.</summary>
/// <param name="Code">E.g. <c>id</c>.</param>
public sealed record TemplateLanguage(string Code);
