using NetralBot.Bot.Common;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

public sealed class TelegramPledgeFlowTests : IAsyncLifetime
{
    private const string Nip = "198503122010011004";
    private FakeTelegramServer _telegram = null!;
    private readonly TestContent _content = new();

    public async Task InitializeAsync() => _telegram = await FakeTelegramServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
        _content.Dispose();
    }

    /// <summary>Sends one update and waits until the bot has sent <paramref name="expectedReplies"/> more messages to the chat.</summary>
    private async Task<IReadOnlyList<SentMessage>> Say(long chat, string text, int expectedReplies = 1)
    {
        var before = _telegram.Sent.Count(m => m.ChatId == chat);
        _telegram.EnqueueText(chat, text);
        var all = await _telegram.WaitForMessagesAsync(chat, before + expectedReplies);
        return all.Skip(before).ToList();
    }

    private async Task<IReadOnlyList<SentMessage>> Press(long chat, string data, int expectedReplies = 1)
    {
        var before = _telegram.Sent.Count(m => m.ChatId == chat);
        _telegram.EnqueueCallback(chat, data);
        var all = await _telegram.WaitForMessagesAsync(chat, before + expectedReplies);
        return all.Skip(before).ToList();
    }

    private async Task<string> PledgeAsPns(long chat, string nip = Nip)
    {
        var start = await Say(chat, "IKRAR", 3);
        Assert.Contains("Menjaga netralitas", start[0].Text);
        Assert.Contains("uji-1", start[0].Text);
        Assert.Contains("UU No. 27 Tahun 2022", start[1].Text);
        var status = await Say(chat, "Budi Santoso");
        Assert.Equal(["pledge:status:PNS", "pledge:status:PPPK", "pledge:status:Non-ASN"], status[0].ButtonData);
        await Press(chat, "pledge:status:PNS");
        var agency = await Say(chat, nip);
        Assert.Contains("instansi", agency[0].Text);
        await Say(chat, "Pemerintah Kabupaten Bogor");
        var summary = await Say(chat, "Dinas Pendidikan");
        Assert.Contains("Ketik SAYA BERIKRAR atau tekan tombol ✅ untuk mengonfirmasi", summary[0].Text);
        Assert.Contains(PledgeDialog.ConfirmButtonData, summary[0].ButtonData);
        var receipt = await Say(chat, "saya berikrar");
        var match = System.Text.RegularExpressions.Regex.Match(receipt[0].Text, @"Kode bukti: (NB-[A-Z0-9]{4}-[A-Z0-9]{4})");
        Assert.True(match.Success, receipt[0].Text);
        return match.Groups[1].Value;
    }

    [Fact]
    public async Task Full_pledge_over_getUpdates_is_stored_before_the_receipt_and_exported()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        var code = await PledgeAsPns(501);

        var stored = await bot.Pledges.FindByNipAsync(BotUnderTest.ElectionId, Nip);
        Assert.NotNull(stored);
        Assert.Equal(code, stored.ReceiptCode);
        Assert.Equal("Budi Santoso", stored.FullName);
        Assert.Equal(EmploymentStatus.Pns, stored.Status);
        Assert.Equal("Pemerintah Kabupaten Bogor", stored.Agency);
        Assert.Equal("Dinas Pendidikan", stored.WorkUnit);
        Assert.Equal(Channel.Telegram, stored.Channel);
        Assert.Equal("501", stored.ChannelUserId);
        Assert.Equal("uji-1", stored.PledgeTextVersion);
        Assert.Equal(PledgeTextParser.Parse(TestContent.SampleIkrar).Sha256, stored.PledgeTextSha256);
        Assert.Equal(64, stored.PledgeTextSha256.Length);

        var status = await Say(501, "/status");
        Assert.Contains(code, status[0].Text);

        var csv = new StringWriter();
        await PledgeCsvWriter.WriteAsync(csv, await bot.Pledges.ListAsync());
        var lines = csv.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("receipt_code,election_id,full_name", lines[0]);
        Assert.Contains(code, lines[1]);
        Assert.Contains(Nip, lines[1]);
    }

    [Fact]
    public async Task The_pledge_is_committed_before_the_receipt_is_sent()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        var storedWhenReceiptSent = new List<bool>();
        _telegram.BeforeAccept = async message =>
        {
            var code = System.Text.RegularExpressions.Regex.Match(message.Text, "NB-[A-Z0-9]{4}-[A-Z0-9]{4}");
            if (code.Success)
            {
                var stored = await bot.Pledges.FindByChannelUserAsync(BotUnderTest.ElectionId, Channel.Telegram, message.ChatId.ToString());
                storedWhenReceiptSent.Add(stored?.ReceiptCode == code.Value);
            }
        };
        await PledgeAsPns(551);
        Assert.Equal([true], storedWhenReceiptSent);
    }

    [Fact]
    public async Task Same_nip_pledging_again_creates_no_duplicate_and_only_the_owner_sees_the_receipt()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        var code = await PledgeAsPns(601);

        // The same NIP typed from another Telegram account.
        await Say(602, "/ikrar", 3);
        await Say(602, "Budi Santoso");
        await Press(602, "pledge:status:PPPK");
        var again = await Say(602, "19850312 201001 1 004");
        Assert.Contains("sudah tercatat", again[0].Text);
        // Knowing a NIP is no proof of owning it: another account is told, but not given the receipt code.
        Assert.DoesNotContain(code, again[0].Text);

        // The same account typing IKRAR again.
        var third = await Say(601, "ikrar");
        Assert.Contains(code, third[0].Text);
        Assert.Single(await bot.Pledges.ListAsync());
    }

    [Fact]
    public async Task Restart_in_the_middle_of_the_pledge_resumes_where_the_user_was()
    {
        await using (var first = await BotUnderTest.StartAsync(_telegram, _content))
        {
            await Say(701, "saya mau ikrar", 3);
            await Say(701, "Siti Aminah");
            await Press(701, "pledge:status:Non-ASN");
        }

        await using var second = await BotUnderTest.StartAsync(_telegram, _content);
        var unit = await Say(701, "Kementerian Dalam Negeri");
        Assert.Contains("unit kerja", unit[0].Text);
        await Say(701, "Biro Umum");
        var receipt = await Press(701, PledgeDialog.ConfirmButtonData);
        Assert.Contains("Kode bukti: NB-", receipt[0].Text);
        var stored = await second.Pledges.FindByChannelUserAsync(BotUnderTest.ElectionId, Channel.Telegram, "701");
        Assert.NotNull(stored);
        Assert.Equal(EmploymentStatus.NonAsn, stored.Status);
        Assert.Null(stored.Nip);
        Assert.Equal("Siti Aminah", stored.FullName);
    }

    [Fact]
    public async Task Deep_link_prefills_the_agency()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        await Say(801, "/start ikrar-bkpsdm_bogor", 3);
        await Say(801, "Andi Wijaya");
        await Press(801, "pledge:status:Non-ASN");
        // No agency question: straight to the work unit.
        await Say(801, "Sekretariat");
        var receipt = await Say(801, "SAYA BERIKRAR");
        Assert.Contains("Kode bukti", receipt[0].Text);
        var stored = await bot.Pledges.FindByChannelUserAsync(BotUnderTest.ElectionId, Channel.Telegram, "801");
        Assert.Equal("BKPSDM BOGOR", stored!.Agency);
        Assert.Equal("Sekretariat", stored.WorkUnit);
    }

    [Fact]
    public async Task Invalid_nip_is_explained_and_asked_again()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        await Say(901, "/ikrar", 3);
        await Say(901, "Budi Santoso");
        await Say(901, "PNS");
        var wrong = await Say(901, "198513122010011004");
        Assert.Contains("tanggal lahir", wrong[0].Text);
        var right = await Say(901, Nip);
        Assert.Contains("instansi", right[0].Text);
    }

    [Fact]
    public async Task Cancel_ends_the_dialog_without_storing()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        await Say(951, "/ikrar", 3);
        await Say(951, "Budi Santoso");
        var cancelled = await Say(951, "/batal");
        Assert.Contains("dibatalkan", cancelled[0].Text);
        var question = await Say(951, "apakah asn boleh kampanye");
        Assert.Contains("DILARANG", question[0].Text);
        Assert.Empty(await bot.Pledges.ListAsync());
    }
}
