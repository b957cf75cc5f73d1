using NetralBot.Bot.Admin;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Channels.Telegram;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Storage.Sqlite;

namespace NetralBot.Bot.Hosting;

/// <summary>All validated settings of the bot.</summary>
/// <param name="Telegram">Section <c>Telegram</c>.</param>
/// <param name="Sqlite">Section <c>Storage:Sqlite</c>.</param>
/// <param name="Pledge">Section <c>Pledge</c>.</param>
/// <param name="Content">The content folder (<c>Content:Path</c>).</param>
/// <param name="Broadcast">Section <c>Broadcast</c>.</param>
/// <param name="Admins">Section <c>Admin</c>.</param>
public sealed record BotSettings(
    TelegramOptions Telegram, SqliteOptions Sqlite, PledgeOptions Pledge, ContentFolder Content, BroadcastOptions Broadcast, AdminDirectory Admins)
{
    /// <summary>True when a Telegram token is configured.</summary>
    public bool HasTelegramToken => !string.IsNullOrWhiteSpace(Telegram.Token);
}
