using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using NetralBot.Bot.Admin;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Channels.Telegram;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Storage.Sqlite;

namespace NetralBot.Bot.Hosting;

/// <summary>Reads and validates <see cref="BotSettings"/>; every problem becomes one clear <see cref="BotConfigurationException"/>.</summary>
public static partial class BotSettingsReader
{
    /// <summary>Reads the settings from configuration (appsettings.json, environment variables with <c>__</c>).</summary>
    public static BotSettings Read(IConfiguration configuration)
    {
        var token = Blank(configuration["Telegram:Token"]);
        if (token is not null && (token.Any(char.IsWhiteSpace) || token.Contains('/')))
        {
            throw new BotConfigurationException("Telegram:Token tidak valid: token tidak boleh berisi spasi atau '/'. Salin token persis dari @BotFather.");
        }

        var apiBaseUrl = Blank(configuration["Telegram:ApiBaseUrl"]) ?? TelegramOptions.DefaultApiBaseUrl;
        if (apiBaseUrl.EndsWith('/'))
        {
            throw new BotConfigurationException($"Telegram:ApiBaseUrl tidak boleh diakhiri '/'. Tulis \"{apiBaseUrl.TrimEnd('/')}\", bukan \"{apiBaseUrl}\".");
        }

        if (!Uri.TryCreate(apiBaseUrl, UriKind.Absolute, out var apiUri) || apiUri.Scheme is not ("http" or "https"))
        {
            throw new BotConfigurationException($"Telegram:ApiBaseUrl harus URL http(s) lengkap, misalnya {TelegramOptions.DefaultApiBaseUrl}; tertulis \"{apiBaseUrl}\".");
        }

        var modeText = Blank(configuration["Telegram:Mode"]) ?? "polling";
        TelegramMode mode = modeText.ToLowerInvariant() switch
        {
            "polling" => TelegramMode.Polling,
            "webhook" => TelegramMode.Webhook,
            _ => throw new BotConfigurationException($"Telegram:Mode harus \"polling\" atau \"webhook\"; tertulis \"{modeText}\"."),
        };

        var secret = Blank(configuration["Telegram:WebhookSecret"]);
        if (mode == TelegramMode.Webhook && secret is null)
        {
            throw new BotConfigurationException("Telegram:WebhookSecret wajib diisi pada mode webhook (1–256 karakter A-Z, a-z, 0-9, _ atau -).");
        }

        if (secret is not null && !SecretPattern().IsMatch(secret))
        {
            throw new BotConfigurationException("Telegram:WebhookSecret hanya boleh berisi 1–256 karakter A-Z, a-z, 0-9, _ atau - (aturan Telegram).");
        }

        var timeoutText = Blank(configuration["Telegram:PollingTimeoutSeconds"]) ?? "25";
        if (!int.TryParse(timeoutText, NumberStyles.None, CultureInfo.InvariantCulture, out var timeout) || timeout > 50)
        {
            throw new BotConfigurationException($"Telegram:PollingTimeoutSeconds harus bilangan 0–50; tertulis \"{timeoutText}\".");
        }

        var electionId = Blank(configuration["Pledge:ElectionId"]) ?? PledgeOptions.DefaultElectionId;
        var dbPath = Blank(configuration["Storage:Sqlite:Path"]) ?? SqliteOptions.DefaultPath;
        var synchronous = (Blank(configuration["Storage:Sqlite:Synchronous"]) ?? SqliteOptions.DefaultSynchronous).ToUpperInvariant();
        if (synchronous is not ("FULL" or "NORMAL"))
        {
            throw new BotConfigurationException($"Storage:Sqlite:Synchronous harus FULL atau NORMAL; tertulis \"{synchronous}\".");
        }

        var rateText = Blank(configuration["Broadcast:GlobalRatePerSecond"]);
        var rate = BroadcastOptions.DefaultGlobalRatePerSecond;
        if (rateText is not null
            && (!double.TryParse(rateText, NumberStyles.Float, CultureInfo.InvariantCulture, out rate) || !double.IsFinite(rate) || rate <= 0 || rate > 100_000))
        {
            throw new BotConfigurationException($"Broadcast:GlobalRatePerSecond harus bilangan lebih dari 0 (mis. 30); tertulis \"{rateText}\".");
        }

        var workersText = Blank(configuration["Broadcast:Workers"]);
        var workers = BroadcastOptions.Default.Workers;
        if (workersText is not null && (!int.TryParse(workersText, NumberStyles.None, CultureInfo.InvariantCulture, out workers) || workers is < 1 or > 256))
        {
            throw new BotConfigurationException($"Broadcast:Workers harus bilangan 1–256; tertulis \"{workersText}\".");
        }

        var broadcast = BroadcastOptions.Default with { GlobalRatePerSecond = rate, Workers = workers };

        return new BotSettings(
            new TelegramOptions(token, apiBaseUrl, mode, secret, Blank(configuration["Telegram:WebhookUrl"]), timeout),
            new SqliteOptions(dbPath, synchronous),
            new PledgeOptions(electionId),
            new ContentFolder(ContentFiles.Directory(Blank(configuration["Content:Path"]))),
            broadcast,
            AdminDirectory.Read(configuration));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
