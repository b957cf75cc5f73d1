namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>An error of a failed status callback.</summary>
/// <param name="Code">The error code, e.g. 131026 (message undeliverable).</param>
/// <param name="Title">A short title.</param>
/// <param name="Message">A longer text.</param>
internal sealed record StatusError(int Code, string? Title, string? Message);
