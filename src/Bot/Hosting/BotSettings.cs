using NetralBot.Bot.Admin;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Channels.Telegram;
using NetralBot.Bot.Channels.WhatsApp;
using NetralBot.Bot.Common;
using NetralBot.Bot.Dashboard;
using NetralBot.Bot.Feedback;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Privacy;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Postgres;
using NetralBot.Bot.Storage.Sqlite;

namespace NetralBot.Bot.Hosting;

/// <summary>All validated settings of the bot.</summary>
/// <param name="Telegram">Section <c>Telegram</c>.</param>
/// <param name="Sqlite">Section <c>Storage:Sqlite</c>.</param>
/// <param name="Pledge">Section <c>Pledge</c>.</param>
/// <param name="Content">The content folder (<c>Content:Path</c>).</param>
/// <param name="Broadcast">Section <c>Broadcast</c>.</param>
/// <param name="Admins">Section <c>Admin</c>.</param>
/// <param name="WhatsApp">Section <c>WhatsApp</c>; <see cref="WhatsAppOptions.Disabled"/> when not configured.</param>
/// <param name="StorageProvider"><c>Storage:Provider</c>: SQLite (default) or PostgreSQL.</param>
/// <param name="Postgres">Section <c>Storage:Postgres</c>; set exactly when <paramref name="StorageProvider"/> is PostgreSQL.</param>
internal sealed record BotSettings(
    TelegramOptions Telegram, SqliteOptions Sqlite, PledgeOptions Pledge, ContentFolder Content, BroadcastOptions Broadcast, AdminDirectory Admins,
    WhatsAppOptions WhatsApp, StorageProvider StorageProvider = StorageProvider.Sqlite, PostgresOptions? Postgres = null)
{
    /// <summary>Retention periods of personal data (<c>Privacy:*</c>).</summary>
    public PrivacyOptions Privacy { get; init; } = PrivacyOptions.Default;

    /// <summary>Section <c>Feedback</c>: question log threshold and retention.</summary>
    public FeedbackOptions Feedback { get; init; } = FeedbackOptions.Default;

    /// <summary><c>Privacy:HashKey</c>: the key of the user-id hash, or none (generated into the database).</summary>
    public UserIdHashOptions UserIdHash { get; init; } = UserIdHashOptions.Generated;
    /// <summary>Section <c>Dashboard</c>: off unless <c>Dashboard:PublicUrl</c> is set.</summary>
    public DashboardOptions Dashboard { get; init; } = DashboardOptions.Disabled;

    /// <summary>True when a Telegram token is configured.</summary>
    public bool HasTelegramToken => !string.IsNullOrWhiteSpace(Telegram.Token);

    /// <summary>True when the WhatsApp channel is configured (access token, phone number id and app secret).</summary>
    public bool HasWhatsApp => WhatsApp.IsEnabled;

    /// <summary>True when <c>serve</c> has at least one chat channel to run.</summary>
    public bool HasAnyChannel => HasTelegramToken || HasWhatsApp;
}
