using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
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

/// <summary>Reads and validates <see cref="BotSettings"/>; every problem becomes one clear <see cref="BotConfigurationException"/>.</summary>
internal static partial class BotSettingsReader
{
    /// <summary>Reads the settings from configuration (appsettings.json, environment variables with <c>__</c>).</summary>
    public static BotSettings Read(IConfiguration configuration)
    {
        var token = Blank(configuration["Telegram:Token"]);
        if (token is not null && !TelegramOptions.IsWellFormedToken(token))
        {
            throw new BotConfigurationException("Telegram:Token tidak valid: bentuknya <angka>:<kode>, tanpa spasi atau '/'. Salin token persis dari @BotFather.");
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

        if (apiUri.AbsolutePath != "/" || apiUri.Query.Length > 0 || apiUri.Fragment.Length > 0)
        {
            // Telegram.Bot keeps only scheme, host and port of its base URL: a path would be dropped without a word.
            throw new BotConfigurationException($"Telegram:ApiBaseUrl hanya boleh berisi skema, host dan port (tanpa path), misalnya {TelegramOptions.DefaultApiBaseUrl}; tertulis \"{apiBaseUrl}\".");
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

        // Telegram's rule for usernames: 5–32 characters A-Z, a-z, 0-9 and _, ending in "bot".
        var username = Blank(configuration["Telegram:BotUsername"])?.TrimStart('@');
        if (username is not null && !BotUsernamePattern().IsMatch(username))
        {
            throw new BotConfigurationException($"Telegram:BotUsername harus nama pengguna bot dari @BotFather (5–32 karakter A-Z, a-z, 0-9 atau _, diakhiri \"bot\"), mis. NetralBot_bot; tertulis \"{username}\".");
        }

        var electionId = Blank(configuration["Pledge:ElectionId"]) ?? PledgeOptions.DefaultElectionId;
        var dbPath = Blank(configuration["Storage:Sqlite:Path"]) ?? SqliteOptions.DefaultPath;
        var synchronous = (Blank(configuration["Storage:Sqlite:Synchronous"]) ?? SqliteOptions.DefaultSynchronous).ToUpperInvariant();
        if (synchronous is not ("FULL" or "NORMAL"))
        {
            throw new BotConfigurationException($"Storage:Sqlite:Synchronous harus FULL atau NORMAL; tertulis \"{synchronous}\".");
        }

        var maxPagesText = Blank(configuration["Storage:Sqlite:MaxPageCount"]);
        long? maxPages = null;
        if (maxPagesText is not null)
        {
            if (!long.TryParse(maxPagesText, NumberStyles.None, CultureInfo.InvariantCulture, out var pages) || pages < 1)
            {
                throw new BotConfigurationException($"Storage:Sqlite:MaxPageCount harus bilangan bulat positif (halaman 4 KiB); tertulis \"{maxPagesText}\".");
            }

            maxPages = pages;
        }

        var (provider, postgres) = ReadStorageProvider(configuration);

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
            new TelegramOptions(token, apiBaseUrl, mode, secret, Blank(configuration["Telegram:WebhookUrl"]), timeout, username),
            new SqliteOptions(dbPath, synchronous, maxPages),
            new PledgeOptions(electionId, Days(configuration, "Privacy:PledgeRetentionDays", PledgeOptions.DefaultRetentionDays, 30, 3650)),
            new ContentFolder(ContentFiles.Directory(Blank(configuration["Content:Path"]))),
            broadcast,
            AdminDirectory.Read(configuration),
            ReadWhatsApp(configuration),
            provider,
            postgres)
        {
            Privacy = new PrivacyOptions(
                Days(configuration, "Privacy:InboxPayloadRetentionDays", PrivacyOptions.Default.InboxPayloadRetentionDays, 1, 365)),
            Dashboard = DashboardOptions.Read(configuration),
            Feedback = ReadFeedback(configuration),
            UserIdHash = ReadUserIdHash(configuration),
        };
    }

    private static int Days(IConfiguration configuration, string key, int fallback, int min, int max)
    {
        var text = Blank(configuration[key]);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days >= min && days <= max
            ? days
            : throw new BotConfigurationException($"{key} harus bilangan hari {min}–{max}; tertulis \"{text}\".");
    }

    /// <summary><c>Feedback:LowConfidence</c> (0–1) and <c>Feedback:QuestionLogRetentionDays</c> (1–3650).</summary>
    private static FeedbackOptions ReadFeedback(IConfiguration configuration)
    {
        var lowText = Blank(configuration["Feedback:LowConfidence"]);
        var low = FeedbackOptions.DefaultLowConfidence;
        if (lowText is not null && (!double.TryParse(lowText, NumberStyles.Float, CultureInfo.InvariantCulture, out low) || low is < 0 or > 1 || double.IsNaN(low)))
        {
            throw new BotConfigurationException($"Feedback:LowConfidence harus bilangan 0–1 dengan titik desimal (mis. 0.5); tertulis \"{lowText}\".");
        }

        var daysText = Blank(configuration["Feedback:QuestionLogRetentionDays"]);
        var days = FeedbackOptions.DefaultQuestionLogRetentionDays;
        if (daysText is not null && (!int.TryParse(daysText, NumberStyles.None, CultureInfo.InvariantCulture, out days) || days is < 1 or > 3650))
        {
            throw new BotConfigurationException($"Feedback:QuestionLogRetentionDays harus bilangan 1–3650 (hari); tertulis \"{daysText}\".");
        }

        return new FeedbackOptions(low, days);
    }

    /// <summary><c>Privacy:HashKey</c>: a secret of at least 16 bytes, or nothing. No message quotes it.</summary>
    private static UserIdHashOptions ReadUserIdHash(IConfiguration configuration)
    {
        var key = Blank(configuration["Privacy:HashKey"]);
        if (key is not null && System.Text.Encoding.UTF8.GetByteCount(key) < UserIdHash.MinimumKeyBytes)
        {
            throw new BotConfigurationException($"Privacy:HashKey terlalu pendek: minimal {UserIdHash.MinimumKeyBytes} karakter acak (mis. keluaran `openssl rand -base64 32`), atau kosongkan agar dibuat otomatis.");
        }

        return new UserIdHashOptions(key);
    }

    /// <summary>
    /// <c>Storage:Provider</c> and, for PostgreSQL, <c>Storage:Postgres:ConnectionString</c>. The connection string may
    /// hold a password: no message here quotes it.
    /// </summary>
    private static (StorageProvider Provider, PostgresOptions? Postgres) ReadStorageProvider(IConfiguration configuration)
    {
        var providerText = Blank(configuration["Storage:Provider"]) ?? "sqlite";
        var provider = providerText.ToLowerInvariant() switch
        {
            "sqlite" => StorageProvider.Sqlite,
            "postgres" or "postgresql" => StorageProvider.Postgres,
            _ => throw new BotConfigurationException($"Storage:Provider harus \"sqlite\" atau \"postgres\"; tertulis \"{providerText}\"."),
        };
        if (provider == StorageProvider.Sqlite)
        {
            return (provider, null);
        }

        var connectionString = Blank(configuration["Storage:Postgres:ConnectionString"])
            ?? throw new BotConfigurationException(
                "Storage:Postgres:ConnectionString wajib diisi bila Storage:Provider = postgres (variabel lingkungan Storage__Postgres__ConnectionString), misalnya \"Host=db;Database=netralbot;Username=netralbot;Password=...\".");
        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException)
        {
            // Not the parser's message: it may repeat part of the string, password included.
            throw new BotConfigurationException("Storage:Postgres:ConnectionString tidak dapat dibaca. Tulis dalam bentuk \"Host=...;Database=...;Username=...;Password=...\".");
        }

        return (provider, new PostgresOptions(connectionString));
    }

    /// <summary>
    /// Section <c>WhatsApp</c>. The channel is on when AccessToken, PhoneNumberId and AppSecret are all set; a part of
    /// them is a mistake worth stopping for (a bot that can send but not verify webhooks, or the reverse).
    /// </summary>
    private static WhatsAppOptions ReadWhatsApp(IConfiguration configuration)
    {
        var accessToken = Blank(configuration["WhatsApp:AccessToken"]);
        var appSecret = Blank(configuration["WhatsApp:AppSecret"]);
        var phoneNumberId = Blank(configuration["WhatsApp:PhoneNumberId"]);
        var verifyToken = Blank(configuration["WhatsApp:VerifyToken"]);
        var required = new (string Key, string? Value)[] { ("AccessToken", accessToken), ("PhoneNumberId", phoneNumberId), ("AppSecret", appSecret) };
        var missing = required.Where(r => r.Value is null).Select(r => "WhatsApp:" + r.Key).ToList();
        if (missing.Count == required.Length)
        {
            return WhatsAppOptions.Disabled;
        }

        if (missing.Count > 0)
        {
            throw new BotConfigurationException(
                $"WhatsApp hanya sebagian dikonfigurasi: {string.Join(", ", missing)} belum diisi. Isi WhatsApp:AccessToken, WhatsApp:PhoneNumberId dan WhatsApp:AppSecret bersama-sama, atau kosongkan ketiganya untuk mematikan WhatsApp.");
        }

        if (accessToken!.Any(char.IsWhiteSpace))
        {
            throw new BotConfigurationException("WhatsApp:AccessToken tidak valid: token tidak boleh berisi spasi. Salin token persis dari Meta Business (tanpa awalan \"Bearer\").");
        }

        if (!phoneNumberId!.All(char.IsAsciiDigit))
        {
            throw new BotConfigurationException($"WhatsApp:PhoneNumberId harus berupa angka (ID nomor telepon dari WhatsApp Manager, bukan nomor teleponnya); tertulis \"{phoneNumberId}\".");
        }

        if (verifyToken is null)
        {
            throw new BotConfigurationException("WhatsApp:VerifyToken wajib diisi: teks bebas yang sama dengan \"Verify token\" pada pengaturan webhook aplikasi Meta.");
        }

        var apiBaseUrl = Blank(configuration["WhatsApp:ApiBaseUrl"]) ?? WhatsAppOptions.DefaultApiBaseUrl;
        if (apiBaseUrl.EndsWith('/'))
        {
            throw new BotConfigurationException($"WhatsApp:ApiBaseUrl tidak boleh diakhiri '/'. Tulis \"{apiBaseUrl.TrimEnd('/')}\", bukan \"{apiBaseUrl}\".");
        }

        if (!Uri.TryCreate(apiBaseUrl, UriKind.Absolute, out var apiUri) || apiUri.Scheme is not ("http" or "https"))
        {
            throw new BotConfigurationException($"WhatsApp:ApiBaseUrl harus URL http(s) lengkap, misalnya {WhatsAppOptions.DefaultApiBaseUrl}; tertulis \"{apiBaseUrl}\".");
        }

        var apiVersion = Blank(configuration["WhatsApp:ApiVersion"]) ?? WhatsAppOptions.DefaultApiVersion;
        if (!ApiVersionPattern().IsMatch(apiVersion))
        {
            throw new BotConfigurationException($"WhatsApp:ApiVersion harus berbentuk vNN.N, misalnya {WhatsAppOptions.DefaultApiVersion}; tertulis \"{apiVersion}\".");
        }

        var templates = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in configuration.GetSection("WhatsApp:Templates").GetChildren())
        {
            var name = Blank(entry.Value);
            if (name is null || !TemplateNamePattern().IsMatch(name))
            {
                throw new BotConfigurationException(
                    $"WhatsApp:Templates:{entry.Key} harus nama template yang disetujui Meta (huruf kecil, angka dan _ saja), misalnya \"pengingat_netralitas\"; tertulis \"{entry.Value}\".");
            }

            templates[entry.Key] = name;
        }

        var language = Blank(configuration["WhatsApp:TemplateLanguage"]) ?? WhatsAppOptions.DefaultTemplateLanguage;
        var rateText = Blank(configuration["WhatsApp:RatePerSecond"]);
        var rate = WhatsAppOptions.DefaultRatePerSecond;
        if (rateText is not null
            && (!double.TryParse(rateText, NumberStyles.Float, CultureInfo.InvariantCulture, out rate) || !double.IsFinite(rate) || rate <= 0 || rate > 1_000))
        {
            throw new BotConfigurationException($"WhatsApp:RatePerSecond harus bilangan lebih dari 0 sampai 1000 (bawaan 80); tertulis \"{rateText}\".");
        }

        return new WhatsAppOptions(accessToken, appSecret, verifyToken, phoneNumberId, apiBaseUrl, apiVersion, templates, language, rate);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();

    [GeneratedRegex("^[A-Za-z0-9_]{2,29}[Bb][Oo][Tt]$")]
    private static partial Regex BotUsernamePattern();

    [GeneratedRegex("^v[0-9]{1,3}\\.[0-9]{1,2}$")]
    private static partial Regex ApiVersionPattern();

    [GeneratedRegex("^[a-z0-9_]{1,512}$")]
    private static partial Regex TemplateNamePattern();
}
