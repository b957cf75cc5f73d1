using Microsoft.Extensions.Logging;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Subscribers;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>
/// Renders channel-neutral replies for Telegram (HTML-escaped text, inline keyboards, documents), splits long
/// text, resends as plain text on an entity-parse error and marks the subscriber inactive on 403.
/// </summary>
internal sealed class TelegramReplySender(TelegramApiClient client, ISubscriberStore subscribers, ILogger<TelegramReplySender> logger)
{
    /// <summary>Sends the replies in order; stops at the first 403.</summary>
    /// <returns>False when the chat refused messages (blocked the bot).</returns>
    public async Task<bool> SendAsync(long chatId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var reply in replies)
            {
                if (reply.Document is { } document)
                {
                    await client.SendDocumentAsync(chatId, document.FileName, document.Content, document.Caption, cancellationToken);
                }

                var parts = TelegramTextSplitter.Split(reply.Text);
                for (var i = 0; i < parts.Count; i++)
                {
                    var keyboard = i == parts.Count - 1 ? Keyboard(reply) : null;
                    await SendTextAsync(chatId, parts[i], keyboard, cancellationToken);
                }
            }

            return true;
        }
        catch (ApiRequestException exception) when (exception.IsForbidden())
        {
            logger.LogInformation("Chat refused messages ({Description}); subscriber marked inactive", exception.Message);
            await subscribers.MarkInactiveAsync(Channel.Telegram, chatId.ToString(System.Globalization.CultureInfo.InvariantCulture), exception.Message, CancellationToken.None);
            return false;
        }
    }

    private async Task SendTextAsync(long chatId, string text, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        try
        {
            await client.SendMessageAsync(chatId, TelegramHtml.Escape(text), ParseMode.Html, keyboard, cancellationToken);
        }
        catch (ApiRequestException exception) when (exception.IsEntityParseError())
        {
            logger.LogWarning("Telegram could not parse the HTML of a reply ({Description}); resending as plain text", exception.Message);
            await client.SendMessageAsync(chatId, text, ParseMode.None, keyboard, cancellationToken);
        }
    }

    private static InlineKeyboardMarkup? Keyboard(Reply reply) =>
        reply.Buttons.Count == 0
            ? null
            : new InlineKeyboardMarkup(reply.Buttons.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Data))));
}
