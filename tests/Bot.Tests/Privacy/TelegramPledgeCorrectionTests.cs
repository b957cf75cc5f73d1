using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Common;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests.Privacy;

/// <summary>/ubahikrar and the agency list over the fake Telegram API and a SQLite file.</summary>
public sealed partial class TelegramPledgeCorrectionTests : IAsyncLifetime
{
    private const string Nip = "198503122010011004";
    private FakeTelegramServer _telegram = null!;
    private readonly TestContent _content = new();

    public async Task InitializeAsync()
    {
        _telegram = await FakeTelegramServer.StartAsync();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "content", "instansi.md"), Path.Combine(_content.ContentPath, "instansi.md"));
    }

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
        _content.Dispose();
    }

    private async Task<IReadOnlyList<SentMessage>> Say(long chat, string text, int expectedReplies = 1)
    {
        var before = _telegram.Sent.Count(m => m.ChatId == chat);
        _telegram.EnqueueText(chat, text);
        return (await _telegram.WaitForMessagesAsync(chat, before + expectedReplies)).Skip(before).ToList();
    }

    private async Task<IReadOnlyList<SentMessage>> Press(long chat, string data, int expectedReplies = 1)
    {
        var before = _telegram.Sent.Count(m => m.ChatId == chat);
        _telegram.EnqueueCallback(chat, data);
        return (await _telegram.WaitForMessagesAsync(chat, before + expectedReplies)).Skip(before).ToList();
    }

    /// <summary>Pledges up to the agency question; returns its reply.</summary>
    private async Task StartPledge(long chat, string name = "Budi Santoso", string nip = Nip)
    {
        await Say(chat, "IKRAR", 3);
        await Say(chat, name);
        await Press(chat, "pledge:status:PNS");
        var agency = await Say(chat, nip);
        Assert.StartsWith("Apa nama instansi Anda?", agency[0].Text);
    }

    private async Task<string> Finish(long chat, string unit = "Bidang SMP")
    {
        await Say(chat, unit);
        var receipt = await Press(chat, PledgeDialog.ConfirmButtonData);
        var match = ReceiptPattern().Match(receipt[0].Text);
        Assert.True(match.Success, receipt[0].Text);
        return match.Value;
    }

    [Fact]
    public async Task A_correction_keeps_the_original_and_the_receipt_and_moves_the_statistics_to_the_new_agency()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        await StartPledge(1301);
        // A listed spelling: stored under the canonical name without a question.
        var unit = await Say(1301, "disdik bjb");
        Assert.Contains("Instansi: Dinas Pendidikan Kota Banjarbaru", unit[0].Text);
        var code = await Finish(1301);
        var again = await Say(1301, "IKRAR");
        Assert.Contains("/ubahikrar", again[0].Text);
        Assert.Contains(code, again[0].Text);

        var intro = await Say(1301, "ubah data ikrar", 2);
        Assert.Contains(code, intro[0].Text);
        Assert.Contains("Saat ini: Budi Santoso", intro[1].Text);
        Assert.Equal([PledgeDialog.KeepButtonData], intro[1].ButtonData);
        var status = await Say(1301, "Budi Santosa");
        Assert.Contains("Saat ini: PNS", status[0].Text);
        var nip = await Press(1301, PledgeDialog.KeepButtonData);
        Assert.Contains("Saat ini: " + Nip, nip[0].Text);
        var agency = await Say(1301, "tetap");
        Assert.Contains("Saat ini: Dinas Pendidikan Kota Banjarbaru", agency[0].Text);
        var workUnit = await Say(1301, "BKPSDM kab. Bogor");
        Assert.Contains("Instansi: BKPSDM Kabupaten Bogor", workUnit[0].Text);
        var summary = await Press(1301, PledgeDialog.KeepButtonData);
        Assert.Contains("Nama: Budi Santosa", summary[0].Text);
        Assert.Contains("Unit kerja: Bidang SMP", summary[0].Text);
        var done = await Say(1301, "ya");
        Assert.Contains("versi 2", done[0].Text);
        Assert.Contains(code, done[0].Text);

        var stored = await bot.Pledges.FindByChannelUserAsync(BotUnderTest.ElectionId, Channel.Telegram, "1301");
        Assert.Equal((code, "Budi Santosa", Nip, "BKPSDM Kabupaten Bogor", "Bidang SMP", 2), (stored!.ReceiptCode, stored.FullName, stored.Nip, stored.Agency, stored.WorkUnit, stored.Version));
        Assert.NotNull(stored.CorrectedAt);
        var original = Assert.Single(await bot.App.Services.GetRequiredService<IPledgeCorrectionStore>().ListVersionsAsync(code));
        Assert.Equal(("Budi Santoso", "Dinas Pendidikan Kota Banjarbaru"), (original.FullName, original.Agency));
        var stats = await bot.App.Services.GetRequiredService<IPledgeStatisticsStore>().GetAsync(BotUnderTest.ElectionId, null);
        Assert.Equal([("BKPSDM Kabupaten Bogor", 1L)], stats.ByAgency);
        Assert.Equal(1, stats.PledgedSubscribers);

        var csv = new StringWriter();
        await PledgeCsvWriter.WriteAsync(csv, await bot.Pledges.ListAsync());
        var lines = csv.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith("version,corrected_at_utc,agency_unlisted,anonymised_at_utc", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Contains(",2," + stored.CorrectedAt!.Value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) + ",,", lines[1]);
    }

    [Fact]
    public async Task A_close_spelling_is_offered_and_stored_canonical_on_yes_and_as_typed_and_flagged_on_no()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        await StartPledge(1311);
        var offer = await Say(1311, "Dinas Pendidikan Kota Banjarbru");
        Assert.Contains("Maksud Anda: Dinas Pendidikan Kota Banjarbaru?", offer[0].Text);
        Assert.Equal([PledgeDialog.AgencyYesButtonData, PledgeDialog.AgencyNoButtonData], offer[0].ButtonData);
        var unit = await Press(1311, PledgeDialog.AgencyYesButtonData);
        Assert.Contains("unit kerja", unit[0].Text);
        await Finish(1311);
        var yes = await bot.Pledges.FindByChannelUserAsync(BotUnderTest.ElectionId, Channel.Telegram, "1311");
        Assert.Equal(("Dinas Pendidikan Kota Banjarbaru", false), (yes!.Agency, yes.AgencyUnlisted));

        await StartPledge(1312, "Siti Aminah", "198503122010012005");
        await ExpectOffer(1312, "Dinas Pendidikn Kota Banjarbaru");
        var retype = await Press(1312, PledgeDialog.AgencyNoButtonData);
        Assert.Contains("ketik nama instansi", retype[0].Text);
        // Close to a listed name again, but the user has said the offer was wrong: taken as typed.
        var flagged = await Say(1312, "Dinas Pendidikan Kabupaten Banjar", 2);
        Assert.Contains("belum ada di daftar", flagged[0].Text);
        await Finish(1312);
        var no = await bot.Pledges.FindByChannelUserAsync(BotUnderTest.ElectionId, Channel.Telegram, "1312");
        Assert.Equal(("Dinas Pendidikan Kabupaten Banjar", true), (no!.Agency, no.AgencyUnlisted));
        var csv = new StringWriter();
        await PledgeCsvWriter.WriteAsync(csv, [no]);
        Assert.EndsWith(",1,,ya,", csv.ToString().Split("\r\n")[1]);
    }

    [Fact]
    public async Task Digits_only_are_refused_with_a_hint_and_an_unknown_agency_is_kept_as_typed_and_flagged()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        await StartPledge(1321);
        var refused = await Say(1321, "12345");
        Assert.Contains("bukan angka saja", refused[0].Text);
        var unknown = await Say(1321, "Kantor Urusan Agama Kecamatan Tanjung", 2);
        Assert.Contains("belum ada di daftar", unknown[0].Text);
        Assert.Contains("unit kerja", unknown[1].Text);
        await Finish(1321);
        var stored = await bot.Pledges.FindByChannelUserAsync(BotUnderTest.ElectionId, Channel.Telegram, "1321");
        Assert.Equal(("Kantor Urusan Agama Kecamatan Tanjung", true), (stored!.Agency, stored.AgencyUnlisted));
    }

    private async Task ExpectOffer(long chat, string typed)
    {
        var offer = await Say(chat, typed);
        Assert.Contains("Maksud Anda", offer[0].Text);
    }

    [GeneratedRegex("NB-[A-Z0-9]{4}-[A-Z0-9]{4}")]
    private static partial Regex ReceiptPattern();
}
