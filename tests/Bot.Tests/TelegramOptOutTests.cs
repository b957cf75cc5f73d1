using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

/// <summary>/berhenti, /mulai and the help texts through the real <c>serve</c> host and the fake Telegram API.</summary>
public sealed class TelegramOptOutTests : IAsyncLifetime
{
    private const long Admin = 900;
    private const long User = 501;
    private FakeTelegramServer _telegram = null!;
    private readonly TestContent _content = new();

    public async Task InitializeAsync() => _telegram = await FakeTelegramServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
        _content.Dispose();
    }

    [Fact]
    public async Task An_opted_out_user_still_asks_questions_is_not_counted_by_an_admin_and_can_opt_back_in()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, extra: new Dictionary<string, string?> { [$"Admin:Telegram:{Admin}"] = "super" });
        async Task<string> Say(long chat, string text, int expected)
        {
            _telegram.EnqueueText(chat, text);
            return (await _telegram.WaitForMessagesAsync(chat, expected))[^1].Text;
        }

        Assert.Equal(BotTexts.OptedOut, await Say(User, "/berhenti", 1));
        Assert.NotNull((await bot.Subscribers.FindAsync(Channel.Telegram, "501"))!.OptedOutAt);
        await Say(User, "boleh like postingan calon?", 2);
        Assert.Equal(["boleh like postingan calon?"], bot.Answerer.Questions); // questions still answered
        Assert.NotNull((await bot.Subscribers.FindAsync(Channel.Telegram, "501"))!.OptedOutAt); // writing again kept it

        var userHelp = await Say(User, "/help", 3);
        Assert.Contains("/berhenti", userHelp);
        Assert.Contains("/mulai", userHelp);
        Assert.Contains("/zona", userHelp);
        Assert.DoesNotContain("/broadcast", userHelp);
        var adminHelp = await Say(Admin, "/help", 1);
        Assert.Contains("/berhenti", adminHelp);
        Assert.Contains("ASN.\n\nPerintah admin:\n/broadcast — menyusun siaran", adminHelp);
        Assert.Contains("/ekspor", adminHelp);

        await Say(Admin, "/broadcast", 2);
        await Say(Admin, "SEMUA", 3);
        Assert.Contains("Penerima: 1", await Say(Admin, "Apel pagi", 4)); // the admin only: 501 opted out
        await Say(Admin, "/batal", 5);

        Assert.Equal(BotTexts.OptedIn, await Say(User, "/mulai", 4));
        Assert.Null((await bot.Subscribers.FindAsync(Channel.Telegram, "501"))!.OptedOutAt);
        Assert.Contains("berhenti", await WaitForMenuAsync());
        Assert.Contains("mulai", await WaitForMenuAsync());
        Assert.Contains("zona", await WaitForMenuAsync());

        Assert.Equal(BotTexts.TimeZoneSet(NetralBot.Knowledge.Calendar.IndonesianTimeZone.Wita), await Say(User, "/zona wita", 5));
        Assert.Equal(NetralBot.Knowledge.Calendar.IndonesianTimeZone.Wita, (await bot.Subscribers.FindAsync(Channel.Telegram, "501"))!.TimeZone);
        Assert.Contains("Zona waktu Anda: WITA", await Say(User, "/zona", 6));
    }

    private async Task<IReadOnlyList<string>> WaitForMenuAsync()
    {
        for (var i = 0; i < 100 && _telegram.CommandMenu is null; i++)
        {
            await Task.Delay(50);
        }

        return _telegram.CommandMenu ?? [];
    }
}
