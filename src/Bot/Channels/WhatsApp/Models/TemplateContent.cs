namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <param name="Name">The approved template's name.</param>
/// <param name="Language">The language it was approved in.</param>
/// <param name="Components">Parameters for the template's variables.</param>
internal sealed record TemplateContent(string Name, TemplateLanguage Language, IReadOnlyList<TemplateComponent>? Components);
