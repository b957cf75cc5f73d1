namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>
/// Counts consecutive "undeliverable" status callbacks per WhatsApp user. One failed status is not a reliable sign
/// that a number is gone (Meta sends 131026 for several reasons), so only a run of them makes a subscriber inactive.
/// </summary>
internal interface IWhatsAppFailureStore
{
    /// <summary>Counts one failure; returns the consecutive count including it.</summary>
    Task<int> RecordUndeliverableAsync(string chatId, int errorCode, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Clears the count (the user wrote to the bot, or a message was delivered).</summary>
    Task ResetAsync(string chatId, CancellationToken cancellationToken = default);
}
