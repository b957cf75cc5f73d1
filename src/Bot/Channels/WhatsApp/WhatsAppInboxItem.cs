namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>One webhook payload waiting in the inbox.</summary>
/// <param name="Id">The row id; processing order.</param>
/// <param name="Payload">The raw request body, exactly as signed by Meta.</param>
/// <param name="ReceivedAt">When the webhook accepted it.</param>
/// <param name="Attempts">Failed processing attempts so far.</param>
internal sealed record WhatsAppInboxItem(long Id, byte[] Payload, DateTimeOffset ReceivedAt, int Attempts);
