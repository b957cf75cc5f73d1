using System.Globalization;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Common;
using Telegram.Bot.Types.Enums;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>
/// Sends broadcast reports to Telegram admins (actors <c>telegram:&lt;user id&gt;</c>). An admin's private chat id is
/// their user id. Uses the ordinary retrying client: one report may wait out a 429 on its own.
/// </summary>
internal sealed class TelegramAdminNotifier(TelegramApiClient client) : IAdminNotifier
{
    /// <inheritdoc />
    public Channel Channel => Channel.Telegram;

    /// <inheritdoc />
    public async Task NotifyAsync(string userId, string text, CancellationToken cancellationToken)
    {
        if (!long.TryParse(userId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chat))
        {
            throw new ArgumentException($"\"{userId}\" is not a Telegram user id.", nameof(userId));
        }

        await client.SendMessageAsync(chat, TelegramHtml.Escape(text), ParseMode.Html, null, cancellationToken);
    }
}
