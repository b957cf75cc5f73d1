using Microsoft.Extensions.Logging;
using NetralBot.Bot.Channels.WhatsApp.Models;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;

namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>Sends channel-neutral replies to one WhatsApp user: documents by upload, then text and choices as rendered by <see cref="WhatsAppReplyRenderer"/>.</summary>
internal sealed class WhatsAppReplySender(WhatsAppApiClient client, ILogger<WhatsAppReplySender> logger)
{
    /// <summary>Sends the replies in order; a failure stops the rest (their order matters) and is thrown.</summary>
    public async Task SendAsync(string to, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            if (reply.Document is { } document)
            {
                var mediaId = await client.UploadMediaAsync(document.FileName, document.Content, MimeType(document.FileName), cancellationToken);
                await client.SendMessageAsync(MessageRequest.ForDocument(to, new DocumentContent(mediaId, document.FileName, document.Caption)), cancellationToken);
            }

            foreach (var message in WhatsAppReplyRenderer.Render(to, reply))
            {
                await client.SendMessageAsync(message, cancellationToken);
            }
        }

        logger.LogDebug("Sent {Count} replies on WhatsApp", replies.Count);
    }

    // The Cloud API accepts only a short list of document types; CSV is not on it, but text/plain is and the file
    // keeps its .csv name, so spreadsheet apps still open it.
    private static string MimeType(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "text/plain",
    };
}
