namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>The answer to a media upload.</summary>
/// <param name="Id">The media id to send.</param>
internal sealed record MediaUploadResponse(string? Id);
