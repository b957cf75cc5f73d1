using NetralBot.Bot.Common;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

public sealed class WhatsAppPledgeFlowTests : IAsyncLifetime
{
    private const string Nip = "198503122010011004";
    private FakeGraphApiServer _graph = null!;
    private readonly TestContent _content = new();

    public async Task InitializeAsync() => _graph = await FakeGraphApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _graph.DisposeAsync();
        _content.Dispose();
    }

    private async Task<IReadOnlyList<GraphMessage>> Deliver(WhatsAppBotUnderTest bot, string user, System.Text.Json.Nodes.JsonObject payload, int expectedReplies)
    {
        var before = _graph.SentTo(user).Count;
        await bot.DeliverAsync(payload);
        var all = await _graph.WaitForMessagesAsync(user, before + expectedReplies);
        return all.Skip(before).ToList();
    }

    private Task<IReadOnlyList<GraphMessage>> Say(WhatsAppBotUnderTest bot, string user, string text, int expectedReplies = 1) =>
        Deliver(bot, user, WhatsAppPayloads.Text(user, text), expectedReplies);

    private Task<IReadOnlyList<GraphMessage>> Press(WhatsAppBotUnderTest bot, string user, string id, string title) =>
        Deliver(bot, user, WhatsAppPayloads.ButtonReply(user, id, title), 1);

    [Fact]
    public async Task Full_pledge_over_the_webhook_is_stored_with_the_whatsapp_number_and_exported_with_its_channel()
    {
        const string User = "6281311112222";
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content);

        var start = await Say(bot, User, "IKRAR", 3);
        Assert.Contains("Menjaga netralitas", start[0].Text);
        Assert.Contains("UU No. 27 Tahun 2022", start[1].Text);
        Assert.Contains("nomor WhatsApp", start[1].Text);
        Assert.DoesNotContain("akun Telegram", start[1].Text);

        var status = await Say(bot, User, "Budi Santoso");
        // Three short choices fit WhatsApp's reply buttons.
        Assert.Equal("button", status[0].InteractiveType);
        Assert.Equal(["pledge:status:PNS", "pledge:status:PPPK", "pledge:status:Non-ASN"], status[0].ButtonIds);
        Assert.Equal(["PNS", "PPPK", "Non-ASN"], status[0].ButtonTitles);

        var nip = await Press(bot, User, "pledge:status:PNS", "PNS");
        Assert.Contains("NIP", nip[0].Text);
        var agency = await Say(bot, User, Nip);
        Assert.Contains("instansi", agency[0].Text);
        await Say(bot, User, "Pemerintah Kabupaten Bogor");
        var summary = await Say(bot, User, "Dinas Pendidikan");
        Assert.Contains("Ketik SAYA BERIKRAR", summary[0].Text);
        Assert.Contains(PledgeDialog.ConfirmButtonData, summary[0].ButtonIds);

        var receipt = await Say(bot, User, "SAYA BERIKRAR");
        var match = System.Text.RegularExpressions.Regex.Match(receipt[0].Text!, @"Kode bukti: (NB-[A-Z0-9]{4}-[A-Z0-9]{4})");
        Assert.True(match.Success, receipt[0].Text);
        var code = match.Groups[1].Value;

        var stored = await bot.Pledges.FindByNipAsync(WhatsAppBotUnderTest.ElectionId, Nip);
        Assert.NotNull(stored);
        Assert.Equal(code, stored.ReceiptCode);
        Assert.Equal(Channel.WhatsApp, stored.Channel);
        Assert.Equal(User, stored.ChannelUserId);
        Assert.Equal(EmploymentStatus.Pns, stored.Status);
        Assert.Equal("Dinas Pendidikan", stored.WorkUnit);

        var check = await Say(bot, User, "/status");
        Assert.Contains(code, check[0].Text);

        var csv = new StringWriter();
        await PledgeCsvWriter.WriteAsync(csv, await bot.Pledges.ListAsync());
        var lines = csv.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var channelColumn = PledgeCsvWriter.Header.ToList().IndexOf("channel");
        Assert.Equal("whatsapp", lines[1].Split(',')[channelColumn]);
        Assert.Equal(User, lines[1].Split(',')[channelColumn + 1]);
        Assert.Empty(_graph.Rejections);
    }

    [Fact]
    public async Task Confirm_button_reply_ends_the_pledge_of_a_non_asn()
    {
        const string User = "6281322223333";
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content);
        await Say(bot, User, "saya mau ikrar", 3);
        await Say(bot, User, "Siti Aminah");
        await Press(bot, User, "pledge:status:Non-ASN", "Non-ASN");
        await Say(bot, User, "Kementerian Dalam Negeri");
        var summary = await Say(bot, User, "Biro Umum");
        Assert.Equal("button", summary[0].InteractiveType);
        Assert.Equal(2, summary[0].ButtonIds.Count);
        var receipt = await Press(bot, User, PledgeDialog.ConfirmButtonData, PledgeMessages.ConfirmButton);
        Assert.Contains("Kode bukti: NB-", receipt[0].Text);
        var stored = await bot.Pledges.FindByChannelUserAsync(WhatsAppBotUnderTest.ElectionId, Channel.WhatsApp, User);
        Assert.NotNull(stored);
        Assert.Equal(EmploymentStatus.NonAsn, stored.Status);
        Assert.Null(stored.Nip);
    }

    [Fact]
    public async Task Whatsapp_admin_exports_pledges_as_an_uploaded_document()
    {
        const string Admin = "6281200001111";
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content, new Dictionary<string, string?> { [$"Admin:WhatsApp:{Admin}"] = "super" });
        var replies = await Say(bot, Admin, "/ekspor", 2);
        Assert.Equal("document", replies[0].Type);
        var mediaId = (string)replies[0].Body["document"]!["id"]!;
        var media = _graph.Media[mediaId];
        Assert.Equal("ikrar.csv", media.FileName);
        Assert.Equal("ikrar.csv", (string?)replies[0].Body["document"]!["filename"]);
        Assert.StartsWith("receipt_code,", System.Text.Encoding.UTF8.GetString(media.Content).TrimStart('\uFEFF'));
        Assert.Contains("0 baris", replies[1].Text);

        // Someone else typing the same command gets the ordinary unknown-command reply.
        var other = await Say(bot, "6281200002222", "/ekspor");
        Assert.Equal(NetralBot.Bot.Conversation.BotTexts.UnknownCommand, other[0].Text);
    }

    [Fact]
    public async Task Serve_runs_telegram_and_whatsapp_side_by_side_on_one_engine()
    {
        await using var telegram = await FakeTelegramServer.StartAsync();
        await using var bot = await WhatsAppBotUnderTest.StartAsync(_graph, _content, telegram: telegram);
        await Say(bot, "6281344445555", "apakah asn boleh kampanye");
        telegram.EnqueueText(4242, "apakah asn boleh kampanye di telegram");
        var telegramReply = Assert.Single(await telegram.WaitForMessagesAsync(4242, 1));
        Assert.Contains("DILARANG", telegramReply.Text);
        Assert.Equal(2, bot.Answerer.Questions.Count);
    }
}
