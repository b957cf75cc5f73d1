namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <param name="Id">The media id returned by the upload.</param>
/// <param name="Filename">The file name shown to the user.</param>
/// <param name="Caption">Optional caption.</param>
internal sealed record DocumentContent(string Id, string Filename, string? Caption);
