using System.Globalization;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Channels.Telegram.Models;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Subscribers;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>
/// Takes one update from either ingest path: de-duplicates it persistently by <c>update_id</c>, serializes it with
/// the chat's other updates, maps it to a <see cref="Turn"/>, runs the conversation and sends the replies.
/// </summary>
public sealed class TelegramUpdateProcessor(
    IProcessedUpdateStore processed,
    PerChatLock chats,
    ConversationEngine engine,
    TelegramReplySender sender,
    TelegramApiClient client,
    ISubscriberStore subscribers,
    TimeProvider time,
    ILogger<TelegramUpdateProcessor> logger)
{
    private const string Channel = TelegramReplySender.Channel;

    /// <summary>The update kinds the bot asks Telegram for.</summary>
    public static readonly IReadOnlyList<string> AllowedUpdates = ["message", "callback_query", "my_chat_member"];

    /// <summary>The key that orders an update among others (its chat), or its id when it has no chat.</summary>
    public static string ChatKey(Update update) =>
        (update.Message?.Chat.Id ?? update.EditedMessage?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id
            ?? update.CallbackQuery?.From.Id ?? update.MyChatMember?.Chat.Id)?.ToString(CultureInfo.InvariantCulture)
        ?? "update:" + update.UpdateId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Processes the update once; a redelivery of a processed update does nothing.</summary>
    /// <returns>False when the update had been processed before.</returns>
    public async Task<bool> ProcessAsync(Update update, CancellationToken cancellationToken)
    {
        try
        {
            return await ProcessOnceAsync(update, cancellationToken);
        }
        catch (Exception exception) when (StorageFailures.IsUnavailable(exception))
        {
            // The user is waiting: say so rather than stay silent, and let the update go (they write again later).
            logger.LogError("Update {UpdateId}: the database takes no writes ({Error}); the user was asked to try again later", update.UpdateId, exception.Message);
            if ((update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.CallbackQuery?.From.Id) is { } chatId)
            {
                try
                {
                    await sender.SendAsync(chatId, [Reply.Plain(BotTexts.StorageUnavailable)], cancellationToken);
                }
                catch (Exception sendFailure) when (sendFailure is TelegramApiException or HttpRequestException)
                {
                    logger.LogError("The storage-failure reply could not be sent: {Error}", sendFailure.Message);
                }
            }

            return true;
        }
    }

    private async Task<bool> ProcessOnceAsync(Update update, CancellationToken cancellationToken)
    {
        var processedNow = false;
        await chats.RunAsync(ChatKey(update), async () =>
        {
            if (!await processed.TryMarkAsync(Channel, update.UpdateId, time.GetUtcNow(), cancellationToken))
            {
                logger.LogDebug("Update {UpdateId} was processed before; skipped", update.UpdateId);
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
                await processed.UnmarkAsync(Channel, update.UpdateId, CancellationToken.None);
                throw;
            }

            if (replies.Count > 0)
            {
                // A failed send is logged, not retried by redelivery: the turn's effects (e.g. a pledge) are committed.
                try
                {
                    await sender.SendAsync(chatId, replies, cancellationToken);
                }
                catch (Exception exception) when (exception is TelegramApiException or HttpRequestException)
                {
                    logger.LogError("Replies to update {UpdateId} could not be sent: {Error}", update.UpdateId, exception.Message);
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
            if (membership.NewChatMember.Status is "kicked" or "left")
            {
                await subscribers.MarkInactiveAsync(Channel, chat, "my_chat_member: " + membership.NewChatMember.Status, cancellationToken);
            }

            return (membership.Chat.Id, []);
        }

        Turn turn;
        long chatId;
        if (update.CallbackQuery is { } query)
        {
            chatId = query.Message?.Chat.Id ?? query.From.Id;
            turn = new Turn(Channel, Id(query.From.Id), Id(chatId), null, query.Data ?? string.Empty, now, KindOf(query.Message?.Chat));
            try
            {
                await client.AnswerCallbackQueryAsync(new AnswerCallbackQueryRequest(query.Id, null), cancellationToken);
            }
            catch (Exception exception) when (exception is TelegramApiException or HttpRequestException)
            {
                logger.LogDebug("answerCallbackQuery failed: {Error}", exception.Message); // cosmetic only
            }
        }
        else if (update.Message is { } message)
        {
            chatId = message.Chat.Id;
            turn = new Turn(Channel, Id(message.From?.Id ?? message.Chat.Id), Id(chatId), message.Text, null, now, KindOf(message.Chat));
        }
        else
        {
            logger.LogDebug("Update {UpdateId} of a kind the bot does not handle; ignored", update.UpdateId);
            return (0, []);
        }

        await subscribers.TouchAsync(Channel, turn.ChatId, turn.UserId, now, cancellationToken);
        return (chatId, await engine.HandleAsync(turn, cancellationToken));
    }

    /// <summary>Only "private" is a private chat; group, supergroup, channel and any future kind are treated as shared.</summary>
    private static ChatKind KindOf(TelegramChat? chat) => chat is null or { Type: "private" } ? ChatKind.Private : ChatKind.Group;

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
