using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Channels.Telegram;
using NetralBot.Bot.Storage.Sqlite;

namespace NetralBot.Bot.Hosting;

/// <summary>Builds the <c>serve</c> host: Telegram polling or webhook, <c>GET /healthz</c>.</summary>
public static class BotWebApplication
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
        if (!settings.HasTelegramToken)
        {
            throw new BotConfigurationException("Telegram:Token belum diisi. Isi di appsettings.json atau variabel lingkungan Telegram__Token, atau jalankan 'chat' untuk mencoba bot di konsol.");
        }

        builder.Services.AddNetralBotCore(settings).AddTelegramChannel(settings).AddBroadcasting();
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.Services.GetRequiredService<SqliteDatabase>(); // migrate before the first request
        app.MapGet("/healthz", () => Results.Text("ok"));
        if (settings.Telegram.Mode == TelegramMode.Webhook)
        {
            app.MapTelegramWebhook();
        }

        return app;
    }
}
