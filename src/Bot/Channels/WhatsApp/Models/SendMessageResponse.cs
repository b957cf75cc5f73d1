namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>The answer to a successful send.</summary>
/// <param name="MessagingProduct">Always <c>whatsapp</c>.</param>
/// <param name="Messages">The id of the accepted message.</param>
internal sealed record SendMessageResponse(string? MessagingProduct, IReadOnlyList<SentMessageId>? Messages);
