using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Subscribers;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Tests;

/// <summary>/zona against the real SQLite subscriber store.</summary>
public sealed class TimeZoneCommandTests : BroadcastTestBase
{
    private static readonly DateTimeOffset Now = new(2029, 2, 1, 8, 0, 0, TimeSpan.Zero);

    private TimeZoneHandler Handler => new(Rig.Subscribers);

    [Fact]
    public async Task Zona_alone_shows_that_none_is_set_and_how_to_set_it()
    {
        Rig.AddSubscribers(1, 1);
        var reply = await SayAsync(1, "/zona");
        Assert.Equal(BotTexts.TimeZoneCurrent(null), reply);
        Assert.Contains("belum mengatur zona waktu", reply);
        Assert.Contains("/zona WITA", reply);
        Assert.Null((await Rig.Subscribers.FindAsync(Channel.Telegram, "1"))!.TimeZone);
    }

    [Theory]
    [InlineData("/zona WITA", IndonesianTimeZone.Wita)]
    [InlineData("/zona wit", IndonesianTimeZone.Wit)]
    [InlineData("/zona@NetralBot  Wib ", IndonesianTimeZone.Wib)]
    public async Task Zona_with_a_zone_saves_it_and_zona_alone_then_shows_it(string text, IndonesianTimeZone zone)
    {
        Rig.AddSubscribers(1, 1);
        Assert.Equal(BotTexts.TimeZoneSet(zone), await SayAsync(1, text));
        var subscriber = (await Rig.Subscribers.FindAsync(Channel.Telegram, "1"))!;
        Assert.Equal(zone, subscriber.TimeZone);
        Assert.True(subscriber.ReceivesBroadcasts);

        var shown = await SayAsync(1, "/zona");
        Assert.Equal(BotTexts.TimeZoneCurrent(zone), shown);
        Assert.Contains("Zona waktu Anda: " + zone.Abbreviation(), shown);
    }

    [Theory]
    [InlineData("/zona Jakarta")]
    [InlineData("/zona GMT+7")]
    [InlineData("/zona WIB WITA")]
    public async Task Nonsense_is_refused_politely_and_keeps_the_zone(string text)
    {
        Rig.AddSubscribers(1, 1);
        await SayAsync(1, "/zona WIT");
        var reply = await SayAsync(1, text);
        Assert.StartsWith("Maaf, zona waktu \"", reply);
        Assert.Contains("/zona WIB", reply);
        Assert.Equal(IndonesianTimeZone.Wit, (await Rig.Subscribers.FindAsync(Channel.Telegram, "1"))!.TimeZone);
    }

    [Fact]
    public async Task Zona_before_ever_being_recorded_creates_the_subscriber_and_keeps_an_opt_out()
    {
        Assert.Equal(BotTexts.TimeZoneSet(IndonesianTimeZone.Wita), await SayAsync(77, "/zona WITA", channel: Channel.WhatsApp));
        var created = (await Rig.Subscribers.FindAsync(Channel.WhatsApp, "77"))!;
        Assert.Equal(IndonesianTimeZone.Wita, created.TimeZone);
        Assert.True(created.ReceivesBroadcasts);

        await new BroadcastPreferenceHandler(Rig.Subscribers).HandleAsync(NewContext(Channel.WhatsApp, 77, "/berhenti"), CancellationToken.None);
        await SayAsync(77, "/zona WIT", channel: Channel.WhatsApp);
        var changed = (await Rig.Subscribers.FindAsync(Channel.WhatsApp, "77"))!;
        Assert.Equal(IndonesianTimeZone.Wit, changed.TimeZone);
        Assert.False(changed.ReceivesBroadcasts); // setting a zone is no opt-in
    }

    [Fact]
    public async Task Other_texts_are_passed_on()
    {
        Assert.Null(await SayAsync(1, "/zonasi"));
        Assert.Null(await SayAsync(1, "zona WITA"));
        Assert.Null(await SayAsync(1, "/mulai"));
    }

    private static TurnContext NewContext(Channel channel, long chat, string text)
    {
        var id = chat.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new TurnContext(new Turn(channel, id, id, text, null, Now), null);
    }

    /// <returns>The handler's only reply, or null when it passed the turn on.</returns>
    private async Task<string?> SayAsync(long chat, string text, Channel? channel = null)
    {
        var context = NewContext(channel ?? Channel.Telegram, chat, text);
        if (!await Handler.HandleAsync(context, CancellationToken.None))
        {
            Assert.Empty(context.Replies);
            return null;
        }

        return Assert.Single(context.Replies).Text;
    }
}
