using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Common;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Privacy;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests.Privacy;

/// <summary>
/// /datasaya, /hapusdata and the retention job over the fake Telegram and Graph APIs and a SQLite file: afterwards no
/// cell of any table holds the user's NIP, name, user id or phone number.
/// </summary>
public sealed class PersonalDataRightsTests : IAsyncLifetime
{
    private const string Nip = "198503122010011004";
    private const string Name = "Rahmawati Kusumaningrum";
    private const long TelegramUser = 987654321;
    private const string Phone = "6281298765432";
    private static readonly Dictionary<string, string?> HashKey = new() { ["Privacy:HashKey"] = "kunci-uji-0123456789abcdef" };

    private FakeTelegramServer _telegram = null!;
    private FakeGraphApiServer _graph = null!;
    private readonly TestContent _content = new();

    public async Task InitializeAsync()
    {
        _telegram = await FakeTelegramServer.StartAsync();
        _graph = await FakeGraphApiServer.StartAsync();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "content", "instansi.md"), Path.Combine(_content.ContentPath, "instansi.md"));
    }

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
        await _graph.DisposeAsync();
        _content.Dispose();
    }

    private async Task<IReadOnlyList<SentMessage>> Say(string text, int expectedReplies = 1)
    {
        var before = _telegram.Sent.Count(m => m.ChatId == TelegramUser);
        _telegram.EnqueueText(TelegramUser, text);
        return (await _telegram.WaitForMessagesAsync(TelegramUser, before + expectedReplies)).Skip(before).ToList();
    }

    private async Task<IReadOnlyList<SentMessage>> Press(string data)
    {
        var before = _telegram.Sent.Count(m => m.ChatId == TelegramUser);
        _telegram.EnqueueCallback(TelegramUser, data);
        return (await _telegram.WaitForMessagesAsync(TelegramUser, before + 1)).Skip(before).ToList();
    }

    [Fact]
    public async Task Telegram_datasaya_shows_everything_and_hapusdata_leaves_no_nip_name_or_user_id_in_any_table()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, extra: HashKey);
        await Say("/zona WITA");
        await Say("IKRAR", 3);
        await Say(Name);
        await Press("pledge:status:PNS");
        await Say(Nip);
        await Say("disdik bjb");
        await Say("Bidang SMP");
        var receipt = await Press(PledgeDialog.ConfirmButtonData);
        var code = System.Text.RegularExpressions.Regex.Match(receipt[0].Text, "NB-[A-Z0-9]{4}-[A-Z0-9]{4}").Value;
        await Say("/ubahikrar", 2);
        await Say(Name + " Putri");
        await Press(PledgeDialog.KeepButtonData);
        await Press(PledgeDialog.KeepButtonData);
        await Press(PledgeDialog.KeepButtonData);
        await Press(PledgeDialog.KeepButtonData);
        await Press(PledgeDialog.ConfirmButtonData);

        var mine = (await Say("/datasaya"))[0].Text;
        foreach (var expected in new[] { code, Name + " Putri", Nip, "Dinas Pendidikan Kota Banjarbaru", "Bidang SMP", "Zona waktu: WITA", "Riwayat versi 1", "- Nama: " + Name + "\n", "Telegram, ID 987654321", "/hapusdata" })
        {
            Assert.Contains(expected, mine);
        }

        // Rows that name the user elsewhere: a parked update, a broadcast delivery, an audit entry, a finished job.
        var db = _content.DatabasePath;
        await DatabaseScan.ExecuteAsync(db, "INSERT INTO telegram_inbox(update_id, chat_key, payload, received_at, attempts, parked_at) VALUES (1, $chat, $payload, '2029-01-01T00:00:00Z', 3, '2029-01-01T00:00:00Z')",
            ("$chat", TelegramUser.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("$payload", Encoding.UTF8.GetBytes("""{"update_id":1,"message":{"from":{"id":987654321,"first_name":"Rahmawati"}}}""")));
        await DatabaseScan.ExecuteAsync(db, """
            INSERT INTO broadcast_jobs(text, target_kind, created_by, created_at, scheduled_at, status) VALUES ('Pengingat', 'All', 'telegram:987654321', '2029-01-01T00:00:00Z', '2029-01-01T00:00:00Z', 'done');
            INSERT INTO broadcast_deliveries(job_id, channel, chat_id, status) VALUES (last_insert_rowid(), 'telegram', '987654321', 'sent');
            INSERT INTO audit_log(actor, action, target, count, at) VALUES ('telegram:987654321', 'stats', 'semua', 1, '2029-01-01T00:00:00Z');
            """);
        Assert.NotEmpty(await DatabaseScan.FindAsync(db, Nip, "Rahmawati", "987654321")); // the scan finds what is there

        var explanation = await Say("/hapusdata");
        Assert.Contains("Yang dihapus", explanation[0].Text);
        Assert.Contains("Yang tetap disimpan", explanation[0].Text);
        Assert.Equal([DataErasureDialog.EraseButtonData, DataErasureDialog.KeepButtonData], explanation[0].ButtonData);
        var done = await Say("YA");
        Assert.Contains("telah dihapus", done[0].Text);
        Assert.Contains(code, done[0].Text);

        await DatabaseScan.WaitForEmptyInboxAsync(db);
        Assert.Empty(await DatabaseScan.FindAsync(db, Nip, "Rahmawati", "Kusumaningrum", "987654321"));
        // The evidence stays: receipt, agency, unit, status, date, and a keyed hash of the NIP instead of the NIP.
        var kept = Assert.Single(await bot.Pledges.ListAsync());
        Assert.Equal((code, "Dinas Pendidikan Kota Banjarbaru", "Bidang SMP", EmploymentStatus.Pns, null), (kept.ReceiptCode, kept.Agency, kept.WorkUnit, kept.Status, kept.Nip));
        Assert.NotNull(kept.AnonymisedAt);
        Assert.Equal(1, await DatabaseScan.CountAsync(db, "SELECT COUNT(*) FROM pledges WHERE length(nip_hash) = 64"));
        Assert.Equal(1, await DatabaseScan.CountAsync(db, "SELECT COUNT(*) FROM broadcast_deliveries"));
        Assert.Equal(1, await DatabaseScan.CountAsync(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'privacy.erase' AND actor = 'pemilik-data'"));
        Assert.Contains("belum mengucapkan ikrar", (await Say("/status"))[0].Text);
    }

    [Fact]
    public async Task WhatsApp_hapusdata_leaves_no_nip_name_or_phone_number_in_any_table()
    {
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content, extra: HashKey);
        await bot.SayAsync(Phone, "IKRAR", expectedReplies: 3);
        await bot.SayAsync(Phone, Name);
        await bot.SayAsync(Phone, "PNS");
        await bot.SayAsync(Phone, Nip);
        await bot.SayAsync(Phone, "RSUD Ulin");
        await bot.SayAsync(Phone, "Instalasi Gawat Darurat");
        var receipt = await bot.SayAsync(Phone, "SAYA BERIKRAR");
        Assert.Contains("Kode bukti", receipt[0].Text);
        await bot.SayAsync(Phone, "/zona WIT");
        var mine = (await bot.SayAsync(Phone, "data saya"))[0].Text!;
        Assert.Contains("WhatsApp, nomor " + Phone, mine);
        Assert.Contains("RSUD Ulin Banjarmasin", mine);
        Assert.Contains("Zona waktu: WIT", mine);

        // A broadcast the Cloud API accepted: its row keeps what a late status callback is matched on.
        var (job, _) = await bot.QueueAsync("Pengingat: tetap netral, ya.");
        Assert.Equal(1, (await bot.WaitForJobAsync(job)).Sent);

        // Every message above had a wamid that encodes the phone number (as Meta's do); the bot stored none of them raw.
        var db = _content.DatabasePath;
        Assert.Contains(DatabaseScan.Base64Decoded(WhatsAppPayloads.NewMessageId(Phone)), decoded => decoded.Contains(Phone, StringComparison.Ordinal));
        await DatabaseScan.WaitForEmptyInboxAsync(db);
        Assert.DoesNotContain(await DatabaseScan.FindAsync(db, Phone), hit => hit.EndsWith("base64-encoded", StringComparison.Ordinal));
        Assert.True(await DatabaseScan.CountAsync(db, "SELECT COUNT(*) FROM processed_messages WHERE length(message_id) = 64") >= 8);
        Assert.Equal(0, await DatabaseScan.CountAsync(db, "SELECT COUNT(*) FROM processed_messages WHERE message_id LIKE '%wamid%'"));
        Assert.Equal(1, await DatabaseScan.CountAsync(db, "SELECT COUNT(*) FROM broadcast_deliveries WHERE length(platform_message_id) = 64"));

        // Rows that name the user elsewhere, some as written before wamids were stored as digests.
        await DatabaseScan.ExecuteAsync(db, "INSERT INTO whatsapp_delivery_failures(chat_id, consecutive, last_code, last_at) VALUES ($p, 1, 131026, '2029-01-01T00:00:00Z')", ("$p", Phone));
        await DatabaseScan.ExecuteAsync(db, "INSERT INTO whatsapp_inbox(payload, received_at, attempts, last_error) VALUES ($b, '2029-01-01T00:00:00Z', 5, 'parkir')",
            ("$b", Encoding.UTF8.GetBytes(WhatsAppPayloads.Text(Phone, "halo, saya " + Name).ToJsonString())));
        await DatabaseScan.ExecuteAsync(db, "INSERT INTO broadcast_jobs(text, target_kind, created_by, created_at, scheduled_at, status) VALUES ('x', 'All', 'cli', '2029-01-01T00:00:00Z', '2029-01-01T00:00:00Z', 'done'); INSERT INTO broadcast_deliveries(job_id, channel, chat_id, status, platform_message_id) VALUES (last_insert_rowid(), 'whatsapp', $p, 'sent', $w)",
            ("$p", Phone), ("$w", WhatsAppPayloads.NewMessageId(Phone)));
        await DatabaseScan.ExecuteAsync(db, "INSERT INTO processed_messages(channel, message_id, received_at) VALUES ('whatsapp', $w, '2029-01-01T00:00:00Z'), ('whatsapp', 'failed:' || $f, '2029-01-01T00:00:00Z')",
            ("$w", WhatsAppPayloads.NewMessageId(Phone)), ("$f", WhatsAppPayloads.NewMessageId(Phone)));
        Assert.Contains($"processed_messages.message_id holds \"{Phone}\" base64-encoded", await DatabaseScan.FindAsync(db, Phone)); // the scan decodes wamids

        var explanation = await bot.SayAsync(Phone, "/hapusdata");
        Assert.Equal([DataErasureDialog.EraseButtonData, DataErasureDialog.KeepButtonData], explanation[0].ButtonIds);
        var before = _graph.SentTo(Phone).Count;
        await bot.DeliverAsync(WhatsAppPayloads.ButtonReply(Phone, DataErasureDialog.EraseButtonData, PrivacyTexts.EraseButton));
        var done = (await _graph.WaitForMessagesAsync(Phone, before + 1)).Skip(before).Single();
        Assert.Contains("telah dihapus", done.Text);

        await DatabaseScan.WaitForEmptyInboxAsync(db);
        Assert.Empty(await DatabaseScan.FindAsync(db, Nip, "Rahmawati", "Kusumaningrum", Phone));
        Assert.Equal(1, await DatabaseScan.CountAsync(db, "SELECT COUNT(*) FROM broadcast_deliveries WHERE length(platform_message_id) = 64")); // still matchable
        var kept = Assert.Single(await bot.Pledges.ListAsync());
        Assert.Equal(("RSUD Ulin Banjarmasin", Channel.WhatsApp, ""), (kept.Agency, kept.Channel, kept.FullName));
    }

    [Fact]
    public async Task The_retention_job_anonymises_only_pledges_past_the_period_and_deletes_old_parked_payloads()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content, extra: HashKey);
        var retention = bot.App.Services.GetRequiredService<PersonalDataRetentionService>();
        // Its own start-up run would race the run below for the same rows (seen as (1, 1) on a loaded machine).
        await retention.StopAsync(CancellationToken.None);
        var now = DateTimeOffset.UtcNow;
        await bot.Pledges.SaveAsync(new Pledge("pemilu-2024", "NB-LAMA-0001", "Sutrisno Wibisono", EmploymentStatus.Pns, "197001012000031001", "Kementerian Dalam Negeri", "Biro Umum", Channel.Telegram, "555001", "uji-1", "abc", now.AddDays(-800)));
        await bot.Pledges.SaveAsync(new Pledge("pemilu-2024", "NB-LAMA-0002", "Yohana Wenda", EmploymentStatus.NonAsn, null, "Kecamatan Abepura", "Umum", Channel.WhatsApp, "6281211110000", "uji-1", "abc", now.AddDays(-731)));
        await bot.Pledges.SaveAsync(new Pledge(BotUnderTest.ElectionId, "NB-BARU-0003", "Made Suarta", EmploymentStatus.Pppk, "198001012010011001", "BKPSDM Kota Jayapura", "Mutasi", Channel.Telegram, "555003", "uji-1", "abc", now.AddDays(-700)));
        var db = _content.DatabasePath;
        await DatabaseScan.ExecuteAsync(db, "INSERT INTO telegram_inbox(update_id, chat_key, payload, received_at, attempts, parked_at) VALUES (9, '555001', $b, $old, 3, $old), (10, '555003', $c, $recent, 3, $recent)",
            ("$b", Encoding.UTF8.GetBytes("""{"message":{"from":{"id":555001,"first_name":"Sutrisno"}}}""")), ("$c", Encoding.UTF8.GetBytes("""{"message":{"from":{"id":555003}}}""")), ("$old", now.AddDays(-40).UtcDateTime.ToString("O")), ("$recent", now.AddDays(-2).UtcDateTime.ToString("O")));
        var before = await bot.App.Services.GetRequiredService<IPledgeStatisticsStore>().GetAsync("pemilu-2024", null);

        var (pledges, payloads) = await retention.RunOnceAsync(CancellationToken.None);

        Assert.Equal((2, 1), (pledges, payloads));
        Assert.Empty(await DatabaseScan.FindAsync(db, "Sutrisno", "197001012000031001", "555001", "Yohana", "6281211110000"));
        Assert.NotEmpty(await DatabaseScan.FindAsync(db, "Made Suarta", "198001012010011001"));
        Assert.Equal(1, await DatabaseScan.CountAsync(db, "SELECT COUNT(*) FROM pledges WHERE nip_hash IS NOT NULL"));
        Assert.Equal(1, await DatabaseScan.CountAsync(db, "SELECT COUNT(*) FROM telegram_inbox"));
        var after = await bot.App.Services.GetRequiredService<IPledgeStatisticsStore>().GetAsync("pemilu-2024", null);
        Assert.Equal(before.ByAgency, after.ByAgency); // still the agencies' evidence
        Assert.Equal((0, 0), await retention.RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task At_start_stored_spellings_that_are_certainly_a_listed_agency_are_renamed_and_close_ones_left_alone()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        var applier = bot.App.Services.GetRequiredService<Pledges.Agencies.AgencyListApplier>();
        // Its own start-up run would race the run below for the same rows.
        await applier.StopAsync(CancellationToken.None);
        var now = DateTimeOffset.UtcNow;
        var agencies = new[] { "disdik bjb", "DINAS PENDIDIKAN BANJARBARU", "Dinas Pendidikan Kota Banjarbru", "Kantor Pos Banjarbaru" };
        for (var i = 0; i < agencies.Length; i++)
        {
            await bot.Pledges.SaveAsync(new Pledge(BotUnderTest.ElectionId, $"NB-AGEN-000{i}", "Nama", EmploymentStatus.NonAsn, null, agencies[i], "Unit", Channel.Telegram, $"77{i}", "uji-1", "abc", now));
        }

        Assert.Equal(2, await applier.RunOnceAsync(CancellationToken.None));

        Assert.Equal(
            ["Dinas Pendidikan Kota Banjarbaru", "Dinas Pendidikan Kota Banjarbaru", "Dinas Pendidikan Kota Banjarbru", "Kantor Pos Banjarbaru"],
            (await bot.Pledges.ListAsync()).Select(p => p.Agency));
        var stats = await bot.App.Services.GetRequiredService<IPledgeStatisticsStore>().GetAsync(BotUnderTest.ElectionId, null);
        Assert.Equal(("Dinas Pendidikan Kota Banjarbaru", 2L), stats.ByAgency[0]);
        Assert.Equal(3, stats.ByAgency.Count);
    }
}
