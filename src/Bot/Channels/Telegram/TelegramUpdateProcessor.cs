using System.Globalization;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Subscribers;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>
/// Takes one update from either ingest path: de-duplicates it persistently by <c>update_id</c>, serializes it with
/// the chat's other updates, maps it to a <see cref="Turn"/>, runs the conversation and sends the replies.
/// </summary>
public sealed class TelegramUpdateProcessor(
    IProcessedUpdateStore processed,
    ChatSerializer chats,
    ConversationEngine engine,
    TelegramReplySender sender,
    TelegramApiClient client,
    ISubscriberStore subscribers,
    TimeProvider time,
    ILogger<TelegramUpdateProcessor> logger)
{
    private const string Channel = TelegramReplySender.Channel;

    /// <summary>Processes the update once; a redelivery of a processed update does nothing.</summary>
    /// <returns>False when the update had been processed before.</returns>
    public async Task<bool> ProcessAsync(Update update, CancellationToken cancellationToken)
    {
        var processedNow = false;
        await chats.RunAsync(TelegramUpdateShape.ChatKey(update), async () =>
        {
            if (!await processed.TryMarkAsync(Channel, update.Id, time.GetUtcNow(), cancellationToken))
            {
                logger.LogDebug("Update {UpdateId} was processed before; skipped", update.Id);
                return;
            }

            processedNow = true;
            IReadOnlyList<Reply> replies;
            long chatId;
            try
            {
                (chatId, replies) = await HandleAsync(update, cancellationToken);
            }
            catch
            {
                // Nothing was acknowledged to the user: let the redelivery try again.
                await processed.UnmarkAsync(Channel, update.Id, CancellationToken.None);
                throw;
            }

            if (replies.Count > 0)
            {
                // A failed send is logged, not retried by redelivery: the turn's effects (e.g. a pledge) are committed.
                try
                {
                    await sender.SendAsync(chatId, replies, cancellationToken);
                }
                catch (Exception exception) when (TelegramErrors.IsCallFailure(exception))
                {
                    logger.LogError("Replies to update {UpdateId} could not be sent: {Error}", update.Id, TelegramErrors.Describe(exception));
                }
            }
        }, cancellationToken);
        return processedNow;
    }

    private async Task<(long ChatId, IReadOnlyList<Reply> Replies)> HandleAsync(Update update, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (update.MyChatMember is { } membership)
        {
            var chat = membership.Chat.Id.ToString(CultureInfo.InvariantCulture);
            if (membership.NewChatMember.Status is ChatMemberStatus.Kicked or ChatMemberStatus.Left)
            {
                await subscribers.MarkInactiveAsync(Channel, chat, "my_chat_member: " + membership.NewChatMember.Status.ToString().ToLowerInvariant(), cancellationToken);
            }

            return (membership.Chat.Id, []);
        }

        Turn turn;
        long chatId;
        if (update.CallbackQuery is { } query)
        {
            chatId = query.Message?.Chat.Id ?? query.From.Id;
            turn = new Turn(Channel, Id(query.From.Id), Id(chatId), null, query.Data ?? string.Empty, now);
            try
            {
                await client.AnswerCallbackQueryAsync(query.Id, cancellationToken);
            }
            catch (Exception exception) when (TelegramErrors.IsCallFailure(exception))
            {
                logger.LogDebug("answerCallbackQuery failed: {Error}", TelegramErrors.Describe(exception)); // cosmetic only
            }
        }
        else if (update.Message is { } message)
        {
            chatId = message.Chat.Id;
            turn = new Turn(Channel, Id(message.From!.Id), Id(chatId), message.Text, null, now);
        }
        else
        {
            logger.LogDebug("Update {UpdateId} of a kind the bot does not handle; ignored", update.Id);
            return (0, []);
        }

        await subscribers.TouchAsync(Channel, turn.ChatId, turn.UserId, now, cancellationToken);
        return (chatId, await engine.HandleAsync(turn, cancellationToken));
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
