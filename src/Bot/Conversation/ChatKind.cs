namespace NetralBot.Bot.Conversation;

/// <summary>Whether a chat is between the bot and one person, or shared with others.</summary>
internal enum ChatKind
{
    /// <summary>The bot and one person (Telegram private chats, every WhatsApp Cloud API user message, the console).</summary>
    Private,

    /// <summary>A chat others can read: Telegram groups, supergroups and channels.</summary>
    Group,
}
