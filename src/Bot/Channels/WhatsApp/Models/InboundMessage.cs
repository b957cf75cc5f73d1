namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>A message a user sent. Only the field named by <see cref="Type"/> is set; unknown types have none.</summary>
/// <param name="From">The sender's WhatsApp id (wa_id, the phone number in international form without +).</param>
/// <param name="Id">The message id (<c>wamid...</c>), used for de-duplication.</param>
/// <param name="Timestamp">Unix seconds, as a string.</param>
/// <param name="Type"><c>text</c>, <c>interactive</c>, <c>button</c>, <c>image</c>, <c>sticker</c> ...</param>
/// <param name="Text">For <c>text</c>.</param>
/// <param name="Interactive">For <c>interactive</c>: a reply button or list row was chosen.</param>
/// <param name="Button">For <c>button</c>: a quick-reply button of a template was pressed.</param>
internal sealed record InboundMessage(string? From, string? Id, string? Timestamp, string? Type, InboundText? Text, InboundInteractive? Interactive, InboundButton? Button);
