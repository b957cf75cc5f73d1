using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

public sealed class TelegramAdminTests : IAsyncLifetime
{
    private const long SuperAdmin = 900;
    private const long AgencyAdmin = 901;
    private FakeTelegramServer _telegram = null!;
    private readonly TestContent _content = new();

    private static readonly Dictionary<string, string?> Admins = new()
    {
        [$"Admin:Telegram:{SuperAdmin}"] = "super",
        [$"Admin:Telegram:{AgencyAdmin}"] = "instansi:BKN",
        ["Broadcast:GlobalRatePerSecond"] = "1000",
    };

    public async Task InitializeAsync() => _telegram = await FakeTelegramServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
        _content.Dispose();
    }

    [Theory]
    [InlineData("/broadcast")]
    [InlineData("/statistik")]
    [InlineData("/ekspor")]
    [InlineData("/jadwal")]
    public async Task Non_admin_gets_the_ordinary_unknown_command_reply(string command)
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, extra: Admins);
        _telegram.EnqueueText(501, command);
        var reply = Assert.Single(await _telegram.WaitForMessagesAsync(501, 1));
        Assert.Equal(BotTexts.UnknownCommand, reply.Text);
        _telegram.EnqueueText(501, "KIRIM"); // not inside any dialog: goes to the knowledge base
        await _telegram.WaitForMessagesAsync(501, 2);
        Assert.Equal(["KIRIM"], bot.Answerer.Questions);
        Assert.DoesNotContain("sendDocument", _telegram.Calls);
    }

    [Fact]
    public async Task Super_admin_composes_previews_confirms_and_everyone_gets_it_once_with_a_report()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, extra: Admins);
        foreach (var chat in new long[] { 501, 502 })
        {
            _telegram.EnqueueText(chat, "halo");
            await _telegram.WaitForMessagesAsync(chat, 1);
        }

        async Task<string> Say(string text, int expected)
        {
            _telegram.EnqueueText(SuperAdmin, text);
            return (await _telegram.WaitForMessagesAsync(SuperAdmin, expected))[^1].Text;
        }

        Assert.Contains("SEMUA", await Say("/broadcast", 1));
        Assert.Contains("ketik isi pesan", await Say("SEMUA", 2));
        // Longer than one message on every channel: refused at the text step, which waits for a shorter one.
        Assert.Contains("terlalu panjang (3501 karakter", await Say(new string('a', BroadcastQueue.MaxTextLength + 1), 3));
        var preview = await Say("Apel netralitas Senin pukul 07.30", 4);
        Assert.Contains("Penerima: 3", preview); // 501, 502 and the admin, who also talked to the bot
        Assert.Contains("diantrekan untuk 3 penerima", await Say("kirim", 5));

        await _telegram.WaitForMessagesAsync(501, 2);
        await _telegram.WaitForMessagesAsync(502, 2);
        var report = (await _telegram.WaitForMessagesAsync(SuperAdmin, 7))[^1].Text;
        Assert.Contains("Terkirim: 3", report);
        Assert.Single(_telegram.Sent, m => m.ChatId == 501 && m.Text == "Apel netralitas Senin pukul 07.30");

        var id = System.Text.RegularExpressions.Regex.Match(report, @"#(\d+)").Groups[1].Value;
        _telegram.EnqueueText(SuperAdmin, "/broadcast status " + id);
        var status = (await _telegram.WaitForMessagesAsync(SuperAdmin, 8))[^1].Text;
        Assert.Contains("selesai: 3 dari 3", status);
        Assert.Contains("Terkirim: 3", status);
        _telegram.EnqueueText(AgencyAdmin, "/broadcast " + id); // another agency's admin cannot see it
        Assert.Contains("tidak ditemukan", (await _telegram.WaitForMessagesAsync(AgencyAdmin, 1))[^1].Text);
    }

    [Fact]
    public async Task Instansi_admin_cannot_choose_a_target_and_statistik_is_limited_to_the_agency()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, extra: Admins);
        _telegram.EnqueueText(AgencyAdmin, "/broadcast");
        var first = (await _telegram.WaitForMessagesAsync(AgencyAdmin, 1))[^1].Text;
        Assert.Contains("instansi BKN", first);
        Assert.DoesNotContain("SEMUA", first);

        _telegram.EnqueueText(AgencyAdmin, "/batal");
        _telegram.EnqueueText(AgencyAdmin, "/statistik");
        var stats = (await _telegram.WaitForMessagesAsync(AgencyAdmin, 3))[^1].Text;
        Assert.Contains("instansi BKN", stats);
    }

    [Fact]
    public async Task Export_sends_a_csv_document_limited_to_the_instansi_admins_agency()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, extra: Admins);
        foreach (var (user, agency) in new[] { (7001L, "BKN"), (7002L, "Kemendagri") })
        {
            await bot.Pledges.SaveAsync(new NetralBot.Bot.Pledges.Pledge(
                BotUnderTest.ElectionId, "NB-" + user, "Nama " + user, NetralBot.Bot.Pledges.EmploymentStatus.NonAsn, null, agency, "Unit",
                Channel.Telegram, user.ToString(System.Globalization.CultureInfo.InvariantCulture), "uji-1", "abc", DateTimeOffset.UtcNow));
        }

        _telegram.EnqueueText(AgencyAdmin, "/ekspor");
        var caption = (await _telegram.WaitForMessagesAsync(AgencyAdmin, 2))[^1].Text;
        Assert.Contains("1 baris", caption);
        Assert.Contains("sendDocument", _telegram.Calls);

        _telegram.EnqueueText(SuperAdmin, "/ekspor");
        Assert.Contains("2 baris", (await _telegram.WaitForMessagesAsync(SuperAdmin, 2))[^1].Text);
    }

    [Fact]
    public async Task Jadwal_queues_a_message_at_an_indonesian_time_lists_it_and_only_its_owner_scope_can_cancel_it()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, extra: Admins);
        _telegram.EnqueueText(SuperAdmin, "/jadwal pesan besok 07.00 Apel netralitas di aula");
        var queued = (await _telegram.WaitForMessagesAsync(SuperAdmin, 1))[^1].Text;
        Assert.Contains("07.00 WIB", queued);
        var id = System.Text.RegularExpressions.Regex.Match(queued, @"#(\d+)").Groups[1].Value;

        _telegram.EnqueueText(SuperAdmin, "/jadwal");
        Assert.Contains("#" + id + " ", (await _telegram.WaitForMessagesAsync(SuperAdmin, 2))[^1].Text);

        _telegram.EnqueueText(AgencyAdmin, "/jadwal");
        Assert.DoesNotContain("#" + id, (await _telegram.WaitForMessagesAsync(AgencyAdmin, 1))[^1].Text);
        _telegram.EnqueueText(AgencyAdmin, "/jadwal batal " + id);
        Assert.Contains("tidak ditemukan", (await _telegram.WaitForMessagesAsync(AgencyAdmin, 2))[^1].Text);

        _telegram.EnqueueText(SuperAdmin, "/jadwal batal " + id);
        Assert.Contains("dibatalkan", (await _telegram.WaitForMessagesAsync(SuperAdmin, 3))[^1].Text);
        _telegram.EnqueueText(SuperAdmin, "/jadwal");
        Assert.Contains("Tidak ada", (await _telegram.WaitForMessagesAsync(SuperAdmin, 4))[^1].Text);
    }

    [Fact]
    public async Task Jadwal_kalender_without_a_zone_queues_each_reminder_per_zone_and_a_wita_user_gets_only_the_wita_job()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "content", "kalender.md"), Path.Combine(_content.ContentPath, "kalender.md"));
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, extra: Admins);
        _telegram.EnqueueText(501, "/zona WITA");
        Assert.Equal(BotTexts.TimeZoneSet(NetralBot.Knowledge.Calendar.IndonesianTimeZone.Wita), (await _telegram.WaitForMessagesAsync(501, 1))[^1].Text);
        _telegram.EnqueueText(502, "halo");
        await _telegram.WaitForMessagesAsync(502, 1);

        // The sample election is refused unless the admin insists with "paksa".
        _telegram.EnqueueText(SuperAdmin, "/jadwal kalender contoh-2029");
        var refusal = (await _telegram.WaitForMessagesAsync(SuperAdmin, 1))[^1].Text;
        Assert.Contains("data contoh, bukan jadwal resmi", refusal);
        Assert.Contains("/jadwal kalender contoh-2029 paksa", refusal);
        _telegram.EnqueueText(SuperAdmin, "/jadwal kalender contoh-2029 paksa");
        var queued = (await _telegram.WaitForMessagesAsync(SuperAdmin, 2))[^1].Text.Split('\n');
        Assert.Equal(12, queued.Length); // four reminders ahead, three zones each
        Assert.Contains(queued, line => line.EndsWith(" 11-02-2029 07.00 WITA — masa-tenang", StringComparison.Ordinal));
        Assert.Contains(queued, line => line.EndsWith(" 11-02-2029 07.00 WIT — masa-tenang", StringComparison.Ordinal));

        _telegram.EnqueueText(SuperAdmin, "/jadwal");
        var list = (await _telegram.WaitForMessagesAsync(SuperAdmin, 3))[^1].Text;
        Assert.Contains("11-02-2029 05.00 WIB — semua pelanggan aktif di zona WIT:", list); // 07.00 WIT, listed in WIB
        Assert.Contains("di zona WIB (termasuk yang belum mengatur zona)", list);

        _telegram.EnqueueText(SuperAdmin, "/jadwal kalender contoh-2029 paksa");
        Assert.Contains("Tidak ada pengingat baru", (await _telegram.WaitForMessagesAsync(SuperAdmin, 4))[^1].Text);

        // The WITA job reaches 501 only; the WIB job reaches 502 (no zone) and the admin, who never set one either.
        var wita = long.Parse(System.Text.RegularExpressions.Regex.Match(queued.Single(l => l.EndsWith("07.00 WITA — masa-tenang", StringComparison.Ordinal)), @"#(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var wib = long.Parse(System.Text.RegularExpressions.Regex.Match(queued.Single(l => l.EndsWith("07.00 WIB — masa-tenang", StringComparison.Ordinal)), @"#(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var store = bot.App.Services.GetRequiredService<IBroadcastStore>();
        await store.MarkStartedAsync(wita, DateTimeOffset.UtcNow);
        await store.MarkStartedAsync(wib, DateTimeOffset.UtcNow);
        Assert.Equal(["501"], (await store.PendingAsync(wita, 0, 10)).Select(d => d.ChatId));
        Assert.Equal(["502", "900"], (await store.PendingAsync(wib, 0, 10)).Select(d => d.ChatId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Jadwal_kalender_with_a_zone_queues_one_job_per_reminder_for_everyone()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "content", "kalender.md"), Path.Combine(_content.ContentPath, "kalender.md"));
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, extra: Admins);
        _telegram.EnqueueText(AgencyAdmin, "/jadwal kalender contoh-2029 wita paksa");
        var queued = (await _telegram.WaitForMessagesAsync(AgencyAdmin, 1))[^1].Text.Split('\n');
        Assert.Equal(4, queued.Length);
        Assert.All(queued, line => Assert.Contains(" 07.00 WITA — ", line));
        var jobs = await bot.App.Services.GetRequiredService<IBroadcastStore>().ListQueuedAsync();
        Assert.Equal(4, jobs.Count);
        Assert.All(jobs, j => Assert.Equal(BroadcastTarget.ForAgency("BKN"), j.Target)); // no zone: the whole agency

        _telegram.EnqueueText(AgencyAdmin, "/jadwal kalender contoh-2029 Makassar");
        Assert.StartsWith("Perintah jadwal:", (await _telegram.WaitForMessagesAsync(AgencyAdmin, 2))[^1].Text);
    }
}
