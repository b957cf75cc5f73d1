using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Channels.Telegram;
using NetralBot.Bot.Channels.WhatsApp;
using NetralBot.Bot.Common;
using NetralBot.Bot.Dashboard;
using NetralBot.Bot.Storage.Sqlite;

namespace NetralBot.Bot.Hosting;

/// <summary>Builds the <c>serve</c> host: Telegram (polling or webhook) and/or WhatsApp (webhook), <c>GET /healthz</c>.</summary>
internal static class BotWebApplication
{
    /// <summary>Creates the web application; throws <see cref="BotConfigurationException"/> on bad settings.</summary>
    /// <param name="args">ASP.NET Core arguments such as <c>--urls</c>.</param>
    /// <param name="overrides">Configuration that wins over files and environment (tests).</param>
    /// <param name="configureServices">Last-word service registrations (tests replace fakes here).</param>
    public static WebApplication Create(
        string[] args,
        IEnumerable<KeyValuePair<string, string?>>? overrides = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(overrides ?? []);
        var settings = BotSettingsReader.Read(builder.Configuration);
        if (!settings.HasAnyChannel)
        {
            throw new BotConfigurationException(
                "Belum ada kanal yang dikonfigurasi. Isi Telegram:Token (variabel lingkungan Telegram__Token) dan/atau WhatsApp:AccessToken, WhatsApp:PhoneNumberId, WhatsApp:AppSecret dan WhatsApp:VerifyToken, atau jalankan 'chat' untuk mencoba bot di konsol.");
        }

        // Before anything opens the database: broken content stops start-up and leaves stored data untouched.
        ContentValidator.EnsureValid(settings.Content, ContentParts.KnowledgeBase | ContentParts.PledgeText | ContentParts.CalendarIfPresent | ContentParts.TopicsIfPresent);
        builder.Services.AddNetralBotCore(settings);
        if (settings.HasTelegramToken)
        {
            builder.Services.AddTelegramChannel(settings);
        }

        if (settings.HasWhatsApp)
        {
            builder.Services.AddWhatsAppChannel(settings);
        }

        builder.Services.AddBroadcasting();
        builder.Services.AddHostedService<Feedback.QuestionLogRetentionService>(); // deletes expired question-log rows
        builder.Services.AddHostedService<Feedback.StoredPhrasingRefreshService>(); // phrasings attached in another instance
        if (settings.Dashboard.IsEnabled)
        {
            builder.Services.AddDashboardWeb(settings.Dashboard);
        }

        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.Services.MigrateStorage(settings); // migrate before the first request
        app.Services.GetRequiredService<NetralBot.Knowledge.Answering.IQuestionAnswerer>(); // built now: the first question is not slow
        app.MapHealth();
        if (settings.Dashboard.IsEnabled)
        {
            app.MapDashboard();
        }

        if (settings.HasTelegramToken && settings.Telegram.Mode == TelegramMode.Webhook)
        {
            app.MapTelegramWebhook();
        }

        if (settings.HasWhatsApp)
        {
            app.MapWhatsAppWebhook();
        }

        return app;
    }
}
