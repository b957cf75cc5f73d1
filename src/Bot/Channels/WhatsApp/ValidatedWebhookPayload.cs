using NetralBot.Bot.Channels.WhatsApp.Models;

namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>The elements of a webhook payload that passed validation, and what was left out.</summary>
/// <param name="Messages">Messages with a sender and an id.</param>
/// <param name="Statuses">Status callbacks with an id and a status, without null errors.</param>
/// <param name="Problems">One line per element left out, naming its position and never its content.</param>
internal sealed record ValidatedWebhookPayload(IReadOnlyList<InboundMessage> Messages, IReadOnlyList<MessageStatus> Statuses, IReadOnlyList<string> Problems)
{
    /// <summary>True when there is something to process.</summary>
    public bool HasWork => Messages.Count > 0 || Statuses.Count > 0;
}
