using Microsoft.Extensions.Configuration;
using NetralBot.Bot.Access;
using NetralBot.Bot.Admin;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Common;
using NetralBot.Bot.Hosting;

namespace NetralBot.Bot.Tests;

public sealed class AdminConfigurationTests
{
    private static AdminDirectory Read(params (string Key, string Value)[] values) =>
        AdminDirectory.Read(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());

    [Fact]
    public void Map_form_and_list_form_are_both_read()
    {
        var admins = Read(
            ("Admin:Telegram:111", "super"),
            ("Admin:Telegram:222", "instansi: Pemprov Jawa Barat "),
            ("Admin:Telegram:0:Id", "333"),
            ("Admin:Telegram:0:Role", "Instansi:BKN"));

        Assert.Equal(AdminRole.Super, admins.Find(new ChannelUser(Channel.Telegram, "111")));
        Assert.Equal(new AdminRole(AdminRoleKind.Instansi, "Pemprov Jawa Barat"), admins.Find(new ChannelUser(Channel.Telegram, "222")));
        Assert.Equal(new AdminRole(AdminRoleKind.Instansi, "BKN"), admins.Find(new ChannelUser(Channel.Telegram, "333")));
        Assert.Null(admins.Find(new ChannelUser(Channel.Telegram, "0")));
        Assert.Null(admins.Find(new ChannelUser(Channel.Telegram, "444")));
        Assert.Null(admins.Find(new ChannelUser(Channel.Console, "111")));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("instansi:")]
    [InlineData("")]
    public void A_bad_role_is_a_configuration_error_naming_the_key(string role)
    {
        var error = Assert.Throws<BotConfigurationException>(() => Read(("Admin:Telegram:111", role)));
        Assert.Contains("Admin:Telegram:111", error.Message);
    }

    [Fact]
    public void Instansi_role_reaches_its_agency_case_insensitively_and_nothing_else()
    {
        var role = new AdminRole(AdminRoleKind.Instansi, "BKN");
        Assert.True(BroadcastQueue.IsAllowed(role, BroadcastTarget.ForAgency("bkn")));
        Assert.False(BroadcastQueue.IsAllowed(role, BroadcastTarget.ForAgency("BKN Pusat")));
        Assert.False(BroadcastQueue.IsAllowed(role, BroadcastTarget.All));
        Assert.False(BroadcastQueue.IsAllowed(role, BroadcastTarget.NotPledged));
        Assert.True(BroadcastQueue.IsAllowed(AdminRole.Super, BroadcastTarget.NotPledged));
    }

    [Theory]
    [InlineData("SEMUA", "semua")]
    [InlineData("belum ikrar", "belum-ikrar")]
    [InlineData("Instansi Pemprov  Jawa Barat", "instansi:Pemprov Jawa Barat")]
    [InlineData("semua orang", null)]
    [InlineData("instansi", null)]
    public void Chat_targets_are_parsed(string text, string? expected) =>
        Assert.Equal(expected, AdminBroadcastDialog.ParseTarget(text)?.ToString());

    [Theory]
    [InlineData("2029-01-15T07:00", "2029-01-15T00:00:00Z")]
    [InlineData("2029-01-15T07:00:00+08:00", "2029-01-14T23:00:00Z")]
    [InlineData("2029-01-15T07:00Z", "2029-01-15T07:00:00Z")]
    [InlineData("besok 07.00", "2029-01-11T00:00:00Z")]
    [InlineData("12 Januari 2029 pukul 08.00 WITA", "2029-01-12T00:00:00Z")]
    public void Send_times_are_iso_or_indonesian_with_wib_by_default(string text, string expectedUtc)
    {
        var now = new DateTimeOffset(2029, 1, 10, 3, 0, 0, TimeSpan.Zero); // 10:00 WIB
        Assert.True(BroadcastTimeParser.TryParse(text, now, out var value, out var error), error);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void An_unreadable_send_time_explains_itself()
    {
        Assert.False(BroadcastTimeParser.TryParse("kapan-kapan saja", DateTimeOffset.UtcNow, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("cepat")]
    public void A_bad_global_rate_is_a_configuration_error(string rate)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Broadcast:GlobalRatePerSecond", rate)]).Build();
        var error = Assert.Throws<BotConfigurationException>(() => BotSettingsReader.Read(configuration));
        Assert.Contains("Broadcast:GlobalRatePerSecond", error.Message);
    }

    [Fact]
    public void The_global_rate_defaults_to_30_and_can_be_raised()
    {
        Assert.Equal(30, BotSettingsReader.Read(new ConfigurationBuilder().Build()).Broadcast.GlobalRatePerSecond);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Broadcast:GlobalRatePerSecond", "1000")]).Build();
        Assert.Equal(1000, BotSettingsReader.Read(configuration).Broadcast.GlobalRatePerSecond);
    }
}
