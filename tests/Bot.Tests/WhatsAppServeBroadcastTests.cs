using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Tests;

/// <summary>
/// Broadcasts to WhatsApp users through the real <c>serve</c> host (AddBroadcasting, BroadcastService, the WhatsApp
/// adapter) against the fake Graph API. Each chat gets one broadcast per host, so the 6 s pair-rate interval of the
/// WhatsApp lane never has to be waited out.
/// </summary>
public sealed class WhatsAppServeBroadcastTests : IAsyncLifetime
{
    private const string Recent = "6281500000001";
    private const string Stale = "6281500000002";
    private const string Text = "Masa tenang dimulai besok: tetap netral, ya.";

    private static readonly Dictionary<string, string?> Templates = new()
    {
        ["WhatsApp:Templates:" + ReminderKinds.MasaTenang] = "pengingat_masa_tenang",
        ["WhatsApp:Templates:default"] = "pengumuman_netralitas",
    };

    private FakeGraphApiServer _graph = null!;
    private readonly TestContent _content = new();

    public async Task InitializeAsync() => _graph = await FakeGraphApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _graph.DisposeAsync();
        _content.Dispose();
    }

    /// <summary>Recent wrote an hour ago (inside the window), Stale 30 hours ago (outside it).</summary>
    private static async Task MeetBothAsync(WhatsAppBotUnderTest bot)
    {
        await bot.SayAsync(Recent, "halo", DateTimeOffset.UtcNow.AddHours(-1));
        await bot.SayAsync(Stale, "halo", DateTimeOffset.UtcNow.AddHours(-30));
    }

    private IReadOnlyList<GraphMessage> Broadcast(string to) =>
        _graph.SentTo(to).Where(m => m.Type == "template" || m.Text == Text).ToList();

    [Theory]
    [InlineData(ReminderKinds.MasaTenang, "pengingat_masa_tenang")]
    [InlineData(null, "pengumuman_netralitas")]
    public async Task Inside_the_window_free_text_outside_it_the_template_of_the_reminder_kind_or_the_default(string? reminderKind, string template)
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content, Templates);
        await MeetBothAsync(bot);

        var (jobId, recipients) = await bot.QueueAsync(Text, reminderKind);
        Assert.Equal(2, recipients);
        var counts = await bot.WaitForJobAsync(jobId);

        Assert.Equal(new BroadcastCounts(0, 2, 0, 0, 0), counts);
        var free = Assert.Single(Broadcast(Recent));
        Assert.Equal("text", free.Type);
        Assert.Equal(Text, free.Text);
        var templated = Assert.Single(Broadcast(Stale));
        Assert.Equal("template", templated.Type);
        Assert.Equal(template, templated.TemplateName);
        Assert.Equal("id", templated.TemplateLanguage);
        Assert.Equal([Text], templated.TemplateParameters);
        Assert.Empty(_graph.Rejections);
    }

    [Fact]
    public async Task Without_a_template_the_stale_user_is_counted_outside_window_and_nobody_is_dropped()
    {
        // Only the default template: a calendar reminder's own kind has none, so the stale user cannot be reached.
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content, new Dictionary<string, string?> { ["WhatsApp:Templates:default"] = "pengumuman_netralitas" });
        await MeetBothAsync(bot);

        var (jobId, recipients) = await bot.QueueAsync(Text, ReminderKinds.MasaTenang);
        var counts = await bot.WaitForJobAsync(jobId);

        Assert.Equal(new BroadcastCounts(0, 1, 0, 0, 1), counts);
        Assert.Equal(recipients, counts.Sent + counts.OutsideWindow + counts.Failed + counts.Blocked);
        Assert.Contains("\noutside_window 1", BroadcastTexts.Status((await bot.Broadcasts.FindAsync(jobId))!, counts));
        Assert.Equal(Text, Assert.Single(Broadcast(Recent)).Text);
        Assert.Empty(Broadcast(Stale));
    }

    [Theory]
    [InlineData(130429, 5)]
    [InlineData(131056, 30)]
    public async Task A_rate_limit_answer_makes_the_engine_wait_and_retry_and_everyone_gets_it_once(int code, int waitSeconds)
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content, Templates);
        await MeetBothAsync(bot);
        // After the replies, so that the faults hit the broadcast, one per recipient.
        _graph.InjectFault(Recent, new GraphFault(400, code, "(#" + code + ") rate limit hit"));
        _graph.InjectFault(Stale, new GraphFault(400, code, "(#" + code + ") rate limit hit"));

        var (jobId, _) = await bot.QueueAsync(Text);
        var counts = await bot.WaitForJobAsync(jobId);

        Assert.Equal(new BroadcastCounts(0, 2, 0, 0, 0), counts);
        Assert.Single(Broadcast(Recent));
        Assert.Single(Broadcast(Stale));
        // The engine waited (as asked; recorded, not slept) before the retries.
        Assert.Contains(bot.Delay.Delays, d => d > TimeSpan.FromSeconds(waitSeconds - 1) && d <= TimeSpan.FromSeconds(waitSeconds));
    }

    [Fact]
    public async Task Berhenti_over_whatsapp_leaves_the_user_out_of_the_next_broadcast()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content, Templates);
        await MeetBothAsync(bot);
        Assert.Equal(BotTexts.OptedOut, (await bot.SayAsync(Stale, "/berhenti"))[0].Text);

        var (jobId, recipients) = await bot.QueueAsync(Text);
        Assert.Equal(1, recipients);
        Assert.Equal(new BroadcastCounts(0, 1, 0, 0, 0), await bot.WaitForJobAsync(jobId));
        Assert.Single(Broadcast(Recent));
        Assert.Empty(Broadcast(Stale));
    }

    [Fact]
    public async Task Zona_over_whatsapp_puts_the_user_in_the_wit_job_and_leaves_them_out_of_the_wib_one()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content, Templates);
        await MeetBothAsync(bot);
        Assert.Equal(BotTexts.TimeZoneSet(IndonesianTimeZone.Wit), (await bot.SayAsync(Recent, "/zona WIT"))[0].Text);
        Assert.Contains("Zona waktu Anda: WIT", (await bot.SayAsync(Recent, "/zona"))[0].Text);
        Assert.StartsWith("Maaf, zona waktu", (await bot.SayAsync(Stale, "/zona Papua"))[0].Text);

        var (wit, witRecipients) = await bot.QueueAsync(Text, ReminderKinds.MasaTenang, BroadcastTarget.All.InZone(IndonesianTimeZone.Wit));
        var (wib, wibRecipients) = await bot.QueueAsync(Text, ReminderKinds.MasaTenang, BroadcastTarget.All.InZone(IndonesianTimeZone.Wib));
        Assert.Equal((1, 1), (witRecipients, wibRecipients));
        Assert.Equal(new BroadcastCounts(0, 1, 0, 0, 0), await bot.WaitForJobAsync(wit));
        Assert.Equal(new BroadcastCounts(0, 1, 0, 0, 0), await bot.WaitForJobAsync(wib));
        Assert.Single(Broadcast(Recent)); // the WIT job only
        Assert.Single(Broadcast(Stale)); // no zone: the WIB job only
    }

    [Fact]
    public async Task A_person_who_pledged_over_whatsapp_gets_their_agencys_reminder_and_is_left_out_of_belum_ikrar()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content, Templates);
        async Task PressAsync(string id, string title)
        {
            var before = _graph.SentTo(Recent).Count;
            await bot.DeliverAsync(WhatsAppPayloads.ButtonReply(Recent, id, title));
            await _graph.WaitForMessagesAsync(Recent, before + 1);
        }

        await bot.SayAsync(Recent, "saya mau ikrar", expectedReplies: 3);
        await bot.SayAsync(Recent, "Siti Aminah");
        await PressAsync("pledge:status:Non-ASN", "Non-ASN");
        await bot.SayAsync(Recent, "BKN");
        await bot.SayAsync(Recent, "Biro Umum");
        await PressAsync(PledgeDialog.ConfirmButtonData, PledgeMessages.ConfirmButton);
        Assert.Equal("BKN", (await bot.Pledges.FindByChannelUserAsync(WhatsAppBotUnderTest.ElectionId, Channel.WhatsApp, Recent))?.Agency);
        await bot.SayAsync(Stale, "halo", DateTimeOffset.UtcNow.AddHours(-30));

        var (invitation, notPledged) = await bot.QueueAsync("Ayo berikrar netral.", target: BroadcastTarget.NotPledged);
        var (reminder, inAgency) = await bot.QueueAsync(Text, ReminderKinds.MasaTenang, BroadcastTarget.ForAgency("BKN"));
        Assert.Equal((1, 1), (notPledged, inAgency));
        Assert.Equal(new BroadcastCounts(0, 1, 0, 0, 0), await bot.WaitForJobAsync(invitation));
        Assert.Equal(new BroadcastCounts(0, 1, 0, 0, 0), await bot.WaitForJobAsync(reminder));

        Assert.Equal(Text, Assert.Single(Broadcast(Recent)).Text);
        Assert.DoesNotContain(_graph.SentTo(Recent), m => m.Text == "Ayo berikrar netral.");
        var templated = Assert.Single(Broadcast(Stale));
        Assert.Equal("pengumuman_netralitas", templated.TemplateName);
        Assert.Equal(["Ayo berikrar netral."], templated.TemplateParameters);
    }
}
