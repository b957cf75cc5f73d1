namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>A status callback of a message the bot sent.</summary>
/// <param name="Id">The message id.</param>
/// <param name="Status"><c>sent</c>, <c>delivered</c>, <c>read</c> or <c>failed</c>.</param>
/// <param name="Timestamp">Unix seconds, as a string.</param>
/// <param name="RecipientId">The user's wa_id.</param>
/// <param name="Errors">Why it failed, for <c>failed</c>.</param>
internal sealed record MessageStatus(string? Id, string? Status, string? Timestamp, string? RecipientId, IReadOnlyList<StatusError>? Errors);
