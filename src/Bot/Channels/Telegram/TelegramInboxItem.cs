namespace NetralBot.Bot.Channels.Telegram;

/// <summary>One update waiting in the inbox.</summary>
/// <param name="Id">The row id: arrival order.</param>
/// <param name="UpdateId">Telegram's <c>update_id</c>.</param>
/// <param name="ChatKey">The chat whose updates are processed in order.</param>
/// <param name="Payload">The update's JSON.</param>
/// <param name="Attempts">Failed processing attempts so far.</param>
internal sealed record TelegramInboxItem(long Id, long UpdateId, string ChatKey, byte[] Payload, int Attempts);
