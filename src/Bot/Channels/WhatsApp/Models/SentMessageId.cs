namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>The id of an accepted message.</summary>
/// <param name="Id">The <c>wamid</c>; status callbacks refer to it.</param>
internal sealed record SentMessageId(string Id);
