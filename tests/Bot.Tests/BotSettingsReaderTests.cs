using Microsoft.Extensions.Configuration;
using NetralBot.Bot.Channels.Telegram;
using NetralBot.Bot.Common;
using NetralBot.Bot.Hosting;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Tests;

public class BotSettingsReaderTests
{
    private static BotSettings Read(params (string Key, string Value)[] values) =>
        BotSettingsReader.Read(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());

    [Fact]
    public void Defaults_apply_without_configuration()
    {
        var settings = Read();
        Assert.False(settings.HasTelegramToken);
        Assert.Equal("https://api.telegram.org", settings.Telegram.ApiBaseUrl);
        Assert.Equal(TelegramMode.Polling, settings.Telegram.Mode);
        Assert.Equal("data/netralbot.db", settings.Sqlite.Path);
        Assert.Equal("pemilu-2029", settings.Pledge.ElectionId);
    }

    [Theory]
    [InlineData("Telegram:ApiBaseUrl", "https://api.telegram.org/", "tidak boleh diakhiri '/'")]
    [InlineData("Telegram:ApiBaseUrl", "api.telegram.org", "URL http(s)")]
    [InlineData("Telegram:Mode", "push", "polling\" atau \"webhook")]
    [InlineData("Telegram:Token", "12 34", "Telegram:Token")]
    [InlineData("Telegram:Token", "TOKEN-FROM-BOTFATHER", "<angka>:<kode>")]
    [InlineData("Telegram:Token", "bot:abc", "<angka>:<kode>")]
    [InlineData("Telegram:Token", "123:", "<angka>:<kode>")]
    [InlineData("Telegram:ApiBaseUrl", "http://127.0.0.1:8081/telegram", "tanpa path")]
    [InlineData("Telegram:ApiBaseUrl", "https://proxy.example?x=1", "tanpa path")]
    [InlineData("Telegram:PollingTimeoutSeconds", "99", "PollingTimeoutSeconds")]
    public void Invalid_values_give_one_clear_message(string key, string value, string fragment)
    {
        var error = Assert.Throws<BotConfigurationException>(() => Read((key, value)));
        Assert.Contains(fragment, error.Message);
    }

    [Fact]
    public void Webhook_mode_requires_a_valid_secret()
    {
        Assert.Contains("WebhookSecret", Assert.Throws<BotConfigurationException>(() => Read(("Telegram:Mode", "webhook"))).Message);
        Assert.Throws<BotConfigurationException>(() => Read(("Telegram:Mode", "webhook"), ("Telegram:WebhookSecret", "bad secret!")));
        Assert.Equal(TelegramMode.Webhook, Read(("Telegram:Mode", "Webhook"), ("Telegram:WebhookSecret", "ok_Secret-1")).Telegram.Mode);
    }

    [Fact]
    public void Serve_without_token_refuses_to_start() =>
        Assert.Contains("Telegram:Token", Assert.Throws<BotConfigurationException>(() => BotWebApplication.Create([], new Dictionary<string, string?> { ["Telegram:Token"] = "" })).Message);
}
