namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>The values of one template component's variables.</summary>
/// <param name="Type"><c>body</c> here.</param>
/// <param name="Parameters">One per variable, in order ({{1}}, {{2}} ...).</param>
internal sealed record TemplateComponent(string Type, IReadOnlyList<TemplateParameter> Parameters);
