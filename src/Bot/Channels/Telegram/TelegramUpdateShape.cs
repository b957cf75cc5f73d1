using System.Globalization;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>
/// What the bot needs of an update before it takes it: the kinds it asks for, the chat that orders it, and the checks
/// that keep a malformed update (Telegram.Bot leaves missing fields null) from reaching the conversation.
/// </summary>
internal static class TelegramUpdateShape
{
    /// <summary>The update kinds the bot asks Telegram for.</summary>
    public static readonly IReadOnlyList<UpdateType> AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    /// <summary>
    /// Why the update cannot be processed, or null when it can. The reason names fields only, never their values, so it
    /// can be logged. Kinds the bot does not handle are fine here (they are acknowledged and ignored).
    /// </summary>
    public static string? Problem(Update update)
    {
        if (update.Id <= 0)
        {
            return "no update_id";
        }

        if (update.Message is { } message)
        {
            return message.Chat is null ? "message without chat" : message.From is null ? "message without from" : null;
        }

        if (update.CallbackQuery is { } query)
        {
            return query.From is null ? "callback_query without from" : query.Message is { Chat: null } ? "callback_query message without chat" : null;
        }

        if (update.MyChatMember is { } membership)
        {
            return membership.Chat is null || membership.NewChatMember is null ? "my_chat_member without chat or new_chat_member" : null;
        }

        return null;
    }

    /// <summary>The key that orders an update among others (its chat), or its id when it has no chat. Call on a valid update.</summary>
    public static string ChatKey(Update update) =>
        (update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.CallbackQuery?.From.Id
            ?? update.MyChatMember?.Chat.Id)?.ToString(CultureInfo.InvariantCulture)
        ?? "update:" + update.Id.ToString(CultureInfo.InvariantCulture);
}
