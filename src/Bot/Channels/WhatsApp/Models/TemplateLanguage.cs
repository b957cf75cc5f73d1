namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <param name="Code">E.g. <c>id</c>.</param>
internal sealed record TemplateLanguage(string Code);
