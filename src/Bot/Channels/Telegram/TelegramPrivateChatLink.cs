using NetralBot.Bot.Common;
using NetralBot.Bot.Privacy;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>Telegram's deep link <c>https://t.me/&lt;bot&gt;?start=&lt;payload&gt;</c>, from <c>Telegram:BotUsername</c>.</summary>
internal sealed class TelegramPrivateChatLink(TelegramOptions options) : IPrivateChatLink
{
    /// <inheritdoc />
    public Channel Channel => Channel.Telegram;

    /// <inheritdoc />
    public string? For(string startPayload) =>
        options.BotUsername is null ? null : $"https://t.me/{options.BotUsername}?start={Uri.EscapeDataString(startPayload)}";
}
