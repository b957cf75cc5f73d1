namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>The body of a failed Graph API call.</summary>
/// <param name="Error">The error.</param>
internal sealed record GraphErrorResponse(GraphError? Error);
