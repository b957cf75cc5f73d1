namespace NetralBot.Bot.Channels.Telegram;

/// <summary>One accepted update on its way into the inbox.</summary>
/// <param name="UpdateId">Telegram's <c>update_id</c>: the de-duplication key.</param>
/// <param name="ChatKey">The chat that orders it (<see cref="TelegramUpdateShape.ChatKey"/>).</param>
/// <param name="Payload">The update's JSON.</param>
/// <param name="ReceivedAt">When it was accepted.</param>
internal sealed record TelegramInboxEntry(long UpdateId, string ChatKey, byte[] Payload, DateTimeOffset ReceivedAt);
