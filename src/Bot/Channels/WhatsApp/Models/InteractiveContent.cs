namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>An interactive message: <c>button</c> (reply buttons) or <c>list</c>.</summary>
/// <param name="Type"><c>button</c> or <c>list</c>.</param>
/// <param name="Body">The text above the choices (at most 1024 characters).</param>
/// <param name="Action">The choices.</param>
internal sealed record InteractiveContent(string Type, InteractiveBody Body, InteractiveAction Action);
