using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

/// <summary>Personal data never goes to a group: in a Telegram group the bot asks to continue in a private chat.</summary>
public sealed class GroupChatPrivacyTests : IAsyncLifetime
{
    private const long Group = -1001234;
    private const long SuperAdmin = 900;
    private const long Employee = 501;
    private FakeTelegramServer _telegram = null!;
    private readonly TestContent _content = new();

    private static readonly Dictionary<string, string?> Settings = new()
    {
        [$"Admin:Telegram:{SuperAdmin}"] = "super",
        ["Telegram:BotUsername"] = "@NetralUji_bot",
    };

    public async Task InitializeAsync() => _telegram = await FakeTelegramServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
        _content.Dispose();
    }

    [Theory]
    [InlineData("/ekspor", "https://t.me/NetralUji_bot?start=admin")]
    [InlineData("/statistik", "https://t.me/NetralUji_bot?start=admin")]
    [InlineData("/broadcast", "https://t.me/NetralUji_bot?start=admin")]
    [InlineData("/jadwal", "https://t.me/NetralUji_bot?start=admin")]
    [InlineData("/ikrar", "https://t.me/NetralUji_bot?start=ikrar")]
    [InlineData("IKRAR", "https://t.me/NetralUji_bot?start=ikrar")]
    [InlineData("/start ikrar-bkn", "https://t.me/NetralUji_bot?start=ikrar-bkn")]
    [InlineData("/status@NetralUji_bot", "https://t.me/NetralUji_bot?start=status")]
    public async Task A_personal_data_command_in_a_group_is_answered_with_a_link_to_a_private_chat(string command, string link)
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, extra: Settings);
        await SaveSomePledgeAsync(bot);
        _telegram.EnqueueText(Group, command, SuperAdmin);
        var reply = Assert.Single(await _telegram.WaitForMessagesAsync(Group, 1));
        Assert.Contains("chat pribadi", reply.Text);
        Assert.Contains(link, reply.Text);
        Assert.DoesNotContain("sendDocument", _telegram.Calls);
        Assert.DoesNotContain("Nama Uji", reply.Text);
        Assert.DoesNotContain("NB-7001", reply.Text);
        Assert.Null(await bot.App.Services.GetRequiredService<IDialogStateStore>().LoadAsync(Channel.Telegram, SuperAdmin.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task The_same_commands_work_in_the_private_chat_and_start_status_shows_the_pledge()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, extra: Settings);
        await SaveSomePledgeAsync(bot);
        _telegram.EnqueueText(7001, "/start status");
        Assert.Contains("NB-7001", (await _telegram.WaitForMessagesAsync(7001, 1))[^1].Text);
        _telegram.EnqueueText(SuperAdmin, "/ekspor");
        await _telegram.WaitForMessagesAsync(SuperAdmin, 1);
        Assert.Contains("sendDocument", _telegram.Calls);
    }

    [Fact]
    public async Task A_pledge_dialog_started_in_private_does_not_continue_in_a_group_but_questions_are_answered_there()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, extra: Settings);
        _telegram.EnqueueText(Employee, "/ikrar");
        await _telegram.WaitForMessagesAsync(Employee, 1);

        _telegram.EnqueueText(Group, "Dewi Lestari", Employee); // would be taken as the name in the private dialog
        var reply = (await _telegram.WaitForMessagesAsync(Group, 1))[^1].Text;
        Assert.Contains("chat pribadi", reply);
        Assert.DoesNotContain("Dewi", reply);
        Assert.NotNull(await bot.App.Services.GetRequiredService<IDialogStateStore>().LoadAsync(Channel.Telegram, "501")); // still waiting in private

        _telegram.EnqueueText(Group, "/batal", Employee); // not personal: works anywhere
        await _telegram.WaitForMessagesAsync(Group, 2);
        _telegram.EnqueueText(Group, "boleh like postingan calon?", Employee);
        await _telegram.WaitForMessagesAsync(Group, 3);
        Assert.Equal(["boleh like postingan calon?"], bot.Answerer.Questions);
    }

    [Fact]
    public async Task Without_a_configured_username_the_reply_names_the_command_to_type_in_private()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, extra: new Dictionary<string, string?> { [$"Admin:Telegram:{SuperAdmin}"] = "super" });
        _telegram.EnqueueText(Group, "/statistik", SuperAdmin);
        var reply = Assert.Single(await _telegram.WaitForMessagesAsync(Group, 1)).Text;
        Assert.Contains("ketik /statistik", reply);
        Assert.DoesNotContain("t.me", reply);
        Assert.DoesNotContain("Statistik ikrar", reply);
    }

    [Fact]
    public async Task A_non_admin_in_a_group_gets_the_ordinary_unknown_command_reply_to_an_admin_command()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, extra: Settings);
        _telegram.EnqueueText(Group, "/ekspor", Employee);
        Assert.Equal(BotTexts.UnknownCommand, Assert.Single(await _telegram.WaitForMessagesAsync(Group, 1)).Text);
    }

    private static Task SaveSomePledgeAsync(BotUnderTest bot) =>
        bot.Pledges.SaveAsync(new NetralBot.Bot.Pledges.Pledge(
            BotUnderTest.ElectionId, "NB-7001", "Nama Uji", NetralBot.Bot.Pledges.EmploymentStatus.NonAsn, null, "BKN", "Unit",
            Channel.Telegram, "7001", "uji-1", "abc", DateTimeOffset.UtcNow));
}
