namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>The body of <c>POST /{phone-number-id}/messages</c>; exactly one content field matches <see cref="Type"/>.</summary>
/// <param name="MessagingProduct">Always <c>whatsapp</c>.</param>
/// <param name="RecipientType">Always <c>individual</c>.</param>
/// <param name="To">The recipient's wa_id.</param>
/// <param name="Type"><c>text</c>, <c>interactive</c>, <c>template</c> or <c>document</c>.</param>
/// <param name="Text">For <c>text</c>.</param>
/// <param name="Interactive">For <c>interactive</c>.</param>
/// <param name="Template">For <c>template</c>.</param>
/// <param name="Document">For <c>document</c>.</param>
internal sealed record MessageRequest(
    string MessagingProduct,
    string RecipientType,
    string To,
    string Type,
    TextContent? Text = null,
    InteractiveContent? Interactive = null,
    TemplateContent? Template = null,
    DocumentContent? Document = null)
{
    /// <summary>A plain text message (link previews off: answers cite laws, not web pages).</summary>
    public static MessageRequest ForText(string to, string body) => new("whatsapp", "individual", to, "text", Text: new TextContent(body, false));

    /// <summary>An interactive message (reply buttons or a list).</summary>
    public static MessageRequest ForInteractive(string to, InteractiveContent interactive) => new("whatsapp", "individual", to, "interactive", Interactive: interactive);

    /// <summary>A template message, the only kind allowed outside the 24-hour window.</summary>
    public static MessageRequest ForTemplate(string to, TemplateContent template) => new("whatsapp", "individual", to, "template", Template: template);

    /// <summary>A document uploaded before with <c>/media</c>.</summary>
    public static MessageRequest ForDocument(string to, DocumentContent document) => new("whatsapp", "individual", to, "document", Document: document);
}
