using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Subscribers;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

/// <summary>/berhenti and /mulai against the real SQLite stores and the broadcast engine over the fake Telegram API.</summary>
public sealed class BroadcastPreferenceTests : BroadcastTestBase
{
    private static readonly DateTimeOffset Now = new(2029, 2, 1, 8, 0, 0, TimeSpan.Zero);

    private BroadcastPreferenceHandler Handler => new(Rig.Subscribers);

    [Fact]
    public async Task Opt_out_excludes_from_the_next_broadcast_and_opt_in_restores()
    {
        Rig.AddSubscribers(1, 3);
        Assert.Equal(BotTexts.OptedOut, await SayAsync(2, "/berhenti"));
        Assert.Equal(2, await Rig.Store.CountRecipientsAsync(BroadcastTarget.All, BroadcastRig.ElectionId));
        Assert.Equal(2, await Rig.Store.CountRecipientsAsync(BroadcastTarget.NotPledged, BroadcastRig.ElectionId));
        var (firstId, recipients) = await Rig.Queue.QueueAsync("cli", AdminRole.Super, "Pertama", BroadcastTarget.All, null);
        Assert.Equal(2, recipients);
        using var sender = Rig.NewSender();
        await sender.RunNextDueAsync(CancellationToken.None);
        Assert.Equal([1L, 3L], FakeApi.Sent.Where(m => m.Text == "Pertama").Select(m => m.ChatId).Order().ToArray());
        Assert.Equal(new BroadcastCounts(0, 2, 0, 0), await Rig.Store.CountsAsync(firstId));

        Assert.Equal(BotTexts.OptedIn, await SayAsync(2, "/mulai"));
        Assert.Equal(BotTexts.AlreadyOptedIn, await SayAsync(2, "/mulai"));
        Assert.Equal(3, await Rig.Store.CountRecipientsAsync(BroadcastTarget.All, BroadcastRig.ElectionId));
        await Rig.Queue.QueueAsync("cli", AdminRole.Super, "Kedua", BroadcastTarget.All, null);
        await sender.RunNextDueAsync(CancellationToken.None);
        Assert.Equal([1L, 2L, 3L], FakeApi.Sent.Where(m => m.Text == "Kedua").Select(m => m.ChatId).Order().ToArray());
    }

    [Fact]
    public async Task Stop_or_berhenti_typed_alone_opts_out_but_not_inside_a_question_or_a_dialog()
    {
        Rig.AddSubscribers(1, 2);
        Assert.Equal(BotTexts.OptedOut, await SayAsync(1, "STOP"));
        Assert.Equal(BotTexts.AlreadyOptedOut, await SayAsync(1, "Berhenti!"));
        Assert.Contains("/mulai", BotTexts.OptedOut);

        Assert.Null(await SayAsync(2, "kapan ASN harus berhenti dari kampanye?"));
        Assert.Null(await SayAsync(2, "stop", new DialogState("pledge", "{}"))); // an answer to the dialog's question
        Assert.Null((await Rig.Subscribers.FindAsync(Channel.Telegram, "2"))!.OptedOutAt);
        Assert.Equal(BotTexts.OptedOut, await SayAsync(2, "/berhenti", new DialogState("pledge", "{}"))); // the command always works
    }

    [Fact]
    public async Task A_touch_after_opt_out_keeps_it_even_for_a_subscriber_who_had_blocked_the_bot()
    {
        Rig.AddSubscribers(1, 1);
        await SayAsync(1, "/berhenti");
        await Rig.Subscribers.MarkInactiveAsync(Channel.Telegram, "1", "Forbidden: bot was blocked by the user");
        await Rig.Subscribers.TouchAsync(Channel.Telegram, "1", "1", Now.AddHours(1));

        var subscriber = (await Rig.Subscribers.FindAsync(Channel.Telegram, "1"))!;
        Assert.True(subscriber.IsActive); // writing again undoes the block ...
        Assert.Equal(Now, subscriber.OptedOutAt); // ... but not the opt-out
        Assert.False(subscriber.ReceivesBroadcasts);
        Assert.Equal(0, await Rig.Store.CountRecipientsAsync(BroadcastTarget.All, BroadcastRig.ElectionId));
    }

    [Fact]
    public async Task A_blocked_subscriber_who_writes_again_becomes_active_and_a_recipient()
    {
        Rig.AddSubscribers(1, 2);
        await Rig.Subscribers.MarkInactiveAsync(Channel.Telegram, "1", "Forbidden: bot was blocked by the user");
        Assert.Equal(1, await Rig.Store.CountRecipientsAsync(BroadcastTarget.All, BroadcastRig.ElectionId));

        await Rig.Subscribers.TouchAsync(Channel.Telegram, "1", "1", Now);

        var subscriber = (await Rig.Subscribers.FindAsync(Channel.Telegram, "1"))!;
        Assert.True(subscriber.ReceivesBroadcasts);
        Assert.Null(subscriber.InactiveReason);
        Assert.Equal(2, await Rig.Store.CountRecipientsAsync(BroadcastTarget.All, BroadcastRig.ElectionId));
    }

    [Fact]
    public async Task Opting_out_before_ever_being_recorded_creates_an_opted_out_subscriber()
    {
        Assert.Equal(BotTexts.OptedOut, await SayAsync(77, "/berhenti", channel: Channel.Console));
        var subscriber = (await Rig.Subscribers.FindAsync(Channel.Console, "77"))!;
        Assert.Equal(Now, subscriber.OptedOutAt);
        Assert.Equal(0, await Rig.Store.CountRecipientsAsync(BroadcastTarget.All, BroadcastRig.ElectionId));
    }

    /// <returns>The handler's only reply, or null when it passed the turn on.</returns>
    private async Task<string?> SayAsync(long chat, string text, DialogState? state = null, Channel? channel = null)
    {
        var id = chat.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var context = new TurnContext(new Turn(channel ?? Channel.Telegram, id, id, text, null, Now), state);
        if (!await Handler.HandleAsync(context, CancellationToken.None))
        {
            Assert.Empty(context.Replies);
            return null;
        }

        return Assert.Single(context.Replies).Text;
    }
}
