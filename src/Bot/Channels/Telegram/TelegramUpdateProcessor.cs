using System.Globalization;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Subscribers;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>
/// Turns one valid update (see <see cref="TelegramUpdateShape"/>) into a <see cref="Turn"/>, runs the conversation, and
/// later sends what it answered. The two steps are apart so that the inbox can make the turn durable in between.
/// </summary>
internal sealed class TelegramUpdateProcessor(
    ConversationEngine engine,
    TelegramReplySender sender,
    TelegramApiClient client,
    ISubscriberStore subscribers,
    TimeProvider time,
    ILogger<TelegramUpdateProcessor> logger)
{
    /// <summary>Runs the update's turn; sends nothing.</summary>
    public async Task<TelegramTurnResult> HandleAsync(Update update, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (update.MyChatMember is { } membership)
        {
            if (membership.NewChatMember.Status is ChatMemberStatus.Kicked or ChatMemberStatus.Left)
            {
                var status = membership.NewChatMember.Status.ToString().ToLowerInvariant();
                await subscribers.MarkInactiveAsync(Channel.Telegram, Id(membership.Chat.Id), "my_chat_member: " + status, cancellationToken);
            }

            return TelegramTurnResult.Nothing;
        }

        Turn turn;
        string? callbackQueryId = null;
        if (update.CallbackQuery is { } query)
        {
            var chatId = query.Message?.Chat.Id ?? query.From.Id;
            turn = new Turn(Channel.Telegram, Id(query.From.Id), Id(chatId), null, query.Data ?? string.Empty, now, KindOf(query.Message?.Chat));
            callbackQueryId = query.Id;
        }
        else if (update.Message is { From: { } from } message)
        {
            // The sender, never the chat: in a group the chat id is not a person (and could equal an admin's user id).
            turn = new Turn(Channel.Telegram, Id(from.Id), Id(message.Chat.Id), message.Text, null, now, KindOf(message.Chat));
        }
        else
        {
            logger.LogDebug("Update {UpdateId} of a kind the bot does not handle; ignored", update.Id);
            return TelegramTurnResult.Nothing;
        }

        await subscribers.TouchAsync(Channel.Telegram, turn.ChatId, turn.UserId, now, cancellationToken);
        var replies = await engine.HandleAsync(turn, cancellationToken);
        return new TelegramTurnResult(long.Parse(turn.ChatId, CultureInfo.InvariantCulture), replies, callbackQueryId);
    }

    /// <summary>Answers the button press and sends the replies. A failed send is logged, not retried by redelivery: the turn's effects are committed.</summary>
    public async Task SendAsync(long updateId, TelegramTurnResult result, CancellationToken cancellationToken)
    {
        if (result.CallbackQueryId is { } queryId)
        {
            try
            {
                await client.AnswerCallbackQueryAsync(queryId, cancellationToken);
            }
            catch (Exception exception) when (TelegramErrors.IsCallFailure(exception))
            {
                logger.LogDebug("answerCallbackQuery failed: {Error}", TelegramErrors.Describe(exception)); // cosmetic only
            }
        }

        if (result.Replies.Count == 0)
        {
            return;
        }

        try
        {
            await sender.SendAsync(result.ChatId, result.Replies, cancellationToken);
        }
        catch (Exception exception) when (TelegramErrors.IsCallFailure(exception))
        {
            logger.LogError("Replies to update {UpdateId} could not be sent: {Error}", updateId, TelegramErrors.Describe(exception));
        }
    }

    /// <summary>Tells the chat that the bot cannot store anything now, so the user is not left waiting in silence.</summary>
    public async Task SendStorageUnavailableAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(chatId, [Reply.Plain(BotTexts.StorageUnavailable)], cancellationToken);
        }
        catch (Exception exception) when (TelegramErrors.IsCallFailure(exception))
        {
            logger.LogError("The storage-failure reply could not be sent: {Error}", TelegramErrors.Describe(exception));
        }
    }

    /// <summary>Only "private" is a private chat; group, supergroup, channel and any future kind are treated as shared.</summary>
    private static ChatKind KindOf(Chat? chat) => chat is null or { Type: ChatType.Private } ? ChatKind.Private : ChatKind.Group;

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
