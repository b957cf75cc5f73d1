using System.Text;
using Microsoft.Extensions.Configuration;
using NetralBot.Bot.Access;
using NetralBot.Bot.Channels;
using NetralBot.Bot.Channels.WhatsApp;
using NetralBot.Bot.Channels.WhatsApp.Models;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Hosting;

namespace NetralBot.Bot.Tests;

public class WhatsAppRendererTests
{
    private const string To = "6281234567890";

    private static IReadOnlyList<ReplyButton> Buttons(params string[] labels) =>
        labels.Select((label, i) => new ReplyButton(label, "data:" + i)).ToList();

    [Fact]
    public void Plain_text_is_one_text_message_without_link_preview()
    {
        var message = Assert.Single(WhatsAppReplyRenderer.Render(To, Reply.Plain("Halo *Anda*")));
        Assert.Equal("text", message.Type);
        Assert.Equal(new TextContent("Halo *Anda*", false), message.Text);
        Assert.Equal(To, message.To);
        Assert.Equal("whatsapp", message.MessagingProduct);
        Assert.Equal("individual", message.RecipientType);
    }

    [Fact]
    public void Text_longer_than_4096_is_split_on_paragraphs()
    {
        var text = string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"Paragraf {i} " + new string('y', 200)));
        var messages = WhatsAppReplyRenderer.Render(To, Reply.Plain(text));
        Assert.True(messages.Count >= 2);
        Assert.All(messages, m => Assert.True(m.Text!.Body.Length <= WhatsAppLimits.TextBody));
        Assert.All(messages, m => Assert.EndsWith("y", m.Text!.Body));
        Assert.Equal(text.Replace("\n", ""), string.Concat(messages.Select(m => m.Text!.Body)).Replace("\n", ""));
    }

    [Fact]
    public void Up_to_three_short_unique_labels_become_reply_buttons_with_the_data_as_id()
    {
        var reply = new Reply("Pilih status", [Buttons("PNS", "PPPK"), [new ReplyButton("Non-ASN", "data:2")]]);
        var message = Assert.Single(WhatsAppReplyRenderer.Render(To, reply));
        Assert.Equal("button", message.Interactive!.Type);
        Assert.Equal("Pilih status", message.Interactive.Body.Text);
        Assert.Equal(["data:0", "data:1", "data:2"], message.Interactive.Action.Buttons!.Select(b => b.Reply.Id));
        Assert.Equal(["PNS", "PPPK", "Non-ASN"], message.Interactive.Action.Buttons!.Select(b => b.Reply.Title));
    }

    [Theory]
    [InlineData("A|B|C|D")]
    [InlineData("Label yang lebih dari dua puluh huruf")]
    [InlineData("Sama|Sama")]
    public void More_than_three_long_or_repeated_labels_become_a_list(string joined)
    {
        var labels = joined.Split('|');
        var message = Assert.Single(WhatsAppReplyRenderer.Render(To, Reply.WithButtonRows("Mungkin maksud Anda:", Buttons(labels))));
        Assert.Equal("list", message.Interactive!.Type);
        Assert.Equal(WhatsAppTexts.ListButton, message.Interactive.Action.Button);
        var rows = message.Interactive.Action.Sections!.Single().Rows;
        Assert.Equal(labels.Length, rows.Count);
        Assert.All(rows, r => Assert.True(r.Title.Length <= WhatsAppLimits.ListRowTitle));
    }

    [Fact]
    public void Long_label_keeps_its_full_text_in_the_row_description_and_more_than_ten_keep_the_first_ten()
    {
        var labels = Enumerable.Range(1, 12).Select(i => $"Topik nomor {i} tentang netralitas ASN di media sosial").ToArray();
        var message = Assert.Single(WhatsAppReplyRenderer.Render(To, Reply.WithButtonRows("Topik terkait:", Buttons(labels))));
        var rows = message.Interactive!.Action.Sections!.Single().Rows;
        Assert.Equal(WhatsAppLimits.ListRows, rows.Count);
        Assert.Equal("data:0", rows[0].Id);
        Assert.Equal("data:9", rows[^1].Id);
        Assert.Equal(labels[0], rows[0].Description);
        Assert.EndsWith("…", rows[0].Title);
        Assert.All(rows, r => Assert.True(r.Description!.Length <= WhatsAppLimits.ListRowDescription));
    }

    [Fact]
    public void Text_too_long_for_an_interactive_body_goes_first_and_the_buttons_follow_with_a_short_body()
    {
        var text = new string('k', 1500);
        var messages = WhatsAppReplyRenderer.Render(To, Reply.WithButtonRows(text, Buttons("Ya", "Tidak")));
        Assert.Equal(2, messages.Count);
        Assert.Equal(text, messages[0].Text!.Body);
        Assert.Equal(WhatsAppTexts.ChooseBelow, messages[1].Interactive!.Body.Text);
        Assert.Equal(2, messages[1].Interactive!.Action.Buttons!.Count);
    }

    [Fact]
    public void Truncate_respects_surrogate_pairs_and_word_boundaries()
    {
        Assert.Equal("Bolehkah ASN…", WhatsAppReplyRenderer.Truncate("Bolehkah ASN menyukai", 14));
        var emoji = new string('a', 18) + "😀😀";
        var cut = WhatsAppReplyRenderer.Truncate(emoji, 20);
        Assert.True(cut.Length <= 20);
        Assert.False(char.IsHighSurrogate(cut[^2]) && !char.IsLowSurrogate(cut[^1]));
        Assert.Equal(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(cut)), cut); // no lone surrogate
    }

    [Fact]
    public void Shared_splitter_takes_the_channel_budget()
    {
        var parts = TextSplitter.Split("satu dua tiga empat lima enam", 10);
        Assert.All(parts, p => Assert.True(p.Length <= 10));
        Assert.Equal("satu dua tiga empat lima enam", string.Join(' ', parts));
    }
}

public class WhatsAppSignatureTests
{
    [Fact]
    public void Signature_is_hmac_sha256_of_the_raw_bytes_in_lowercase_hex()
    {
        // HMAC-SHA256("The quick brown fox jumps over the lazy dog", key "key"): a published test vector.
        var body = "The quick brown fox jumps over the lazy dog"u8;
        Assert.Equal("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8", WhatsAppSignature.Sign(body, "key"));
        Assert.True(WhatsAppSignature.IsValid("sha256=F7BC83F430538424B13298E6AA6FB143EF4D59A14946175997479DBC2D1A3CD8", body, "key"));
        Assert.False(WhatsAppSignature.IsValid("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd9", body, "key"));
        Assert.False(WhatsAppSignature.IsValid("sha1=f7bc83f430538424b13298e6aa6fb143ef4d59a1", body, "key"));
        Assert.False(WhatsAppSignature.IsValid(null, body, "key"));
    }
}

public class WhatsAppSettingsTests
{
    private static BotSettings Read(params (string Key, string Value)[] values) =>
        BotSettingsReader.Read(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());

    private static readonly (string, string)[] Complete =
    [
        ("WhatsApp:AccessToken", "EAAG-token"),
        ("WhatsApp:AppSecret", "app-secret"),
        ("WhatsApp:VerifyToken", "verify"),
        ("WhatsApp:PhoneNumberId", "106540352242922"),
    ];

    [Fact]
    public void Whatsapp_is_off_without_configuration_and_on_with_defaults_when_complete()
    {
        Assert.False(Read().HasWhatsApp);
        Assert.False(Read().HasAnyChannel);
        var settings = Read([.. Complete, ("WhatsApp:Templates:masa-tenang", "pengingat_masa_tenang"), ("WhatsApp:Templates:default", "pengumuman")]);
        Assert.True(settings.HasWhatsApp);
        Assert.True(settings.HasAnyChannel);
        Assert.False(settings.HasTelegramToken);
        var options = settings.WhatsApp;
        Assert.Equal("https://graph.facebook.com", options.ApiBaseUrl);
        Assert.Equal("v21.0", options.ApiVersion);
        Assert.Equal("id", options.TemplateLanguage);
        Assert.Equal(80, options.RatePerSecond);
        Assert.Equal("https://graph.facebook.com/v21.0/106540352242922/messages", options.EdgeUrl("messages"));
        Assert.Equal("pengingat_masa_tenang", options.TemplateFor("masa-tenang"));
        Assert.Equal("pengumuman", options.TemplateFor(null));
        Assert.Null(options.TemplateFor("kampanye-h-7"));
    }

    [Fact]
    public void Printing_the_options_hides_the_secrets()
    {
        var text = Read(Complete).WhatsApp.ToString();
        Assert.Contains("106540352242922", text);
        Assert.DoesNotContain("EAAG-token", text);
        Assert.DoesNotContain("app-secret", text);
        Assert.DoesNotContain("verify", text);
    }

    [Theory]
    [InlineData("WhatsApp:AccessToken", "WhatsApp:AppSecret")]
    [InlineData("WhatsApp:PhoneNumberId", "WhatsApp:PhoneNumberId")]
    [InlineData("WhatsApp:AppSecret", "WhatsApp:AppSecret")]
    public void Partial_configuration_names_what_is_missing(string left, string named)
    {
        var given = left == "WhatsApp:AccessToken" ? Complete.Where(c => c.Item1 is "WhatsApp:AccessToken") : Complete.Where(c => c.Item1 != left);
        var error = Assert.Throws<BotConfigurationException>(() => Read([.. given]));
        Assert.Contains("sebagian", error.Message);
        Assert.Contains(named, error.Message);
        Assert.DoesNotContain("EAAG-token", error.Message);
    }

    [Theory]
    [InlineData("WhatsApp:ApiBaseUrl", "https://graph.facebook.com/", "Tulis \"https://graph.facebook.com\"")]
    [InlineData("WhatsApp:ApiBaseUrl", "graph.facebook.com", "URL http(s)")]
    [InlineData("WhatsApp:ApiVersion", "21", "vNN.N")]
    [InlineData("WhatsApp:PhoneNumberId", "+62 811", "angka")]
    [InlineData("WhatsApp:VerifyToken", " ", "VerifyToken wajib")]
    [InlineData("WhatsApp:RatePerSecond", "0", "RatePerSecond")]
    [InlineData("WhatsApp:Templates:masa-tenang", "Pengingat Masa Tenang", "nama template")]
    public void Invalid_values_are_explained(string key, string value, string expected)
    {
        var values = Complete.Where(c => c.Item1 != key).Append((key, value)).ToArray();
        var error = Assert.Throws<BotConfigurationException>(() => Read(values));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Whatsapp_admins_are_keyed_on_channel_and_number()
    {
        var admins = Read(("Admin:WhatsApp:6281200001111", "instansi:BKN"), ("Admin:Telegram:6281200001111", "super")).Admins;
        Assert.Equal("BKN", admins.Find(new ChannelUser(Channel.WhatsApp, "6281200001111"))!.Agency);
        Assert.Equal(NetralBot.Bot.Access.AdminRole.Super, admins.Find(new ChannelUser(Channel.Telegram, "6281200001111")));
        Assert.Null(admins.Find(new ChannelUser(Channel.WhatsApp, "6281200002222")));
    }
}

public class WhatsAppTurnMappingTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;

    [Fact]
    public void Messages_map_to_turns_by_type()
    {
        var text = WhatsAppWebhookProcessor.ToTurn(new InboundMessage("628", "w1", "1", "text", new InboundText("halo"), null, null), At);
        Assert.Equal(new Turn(Channel.WhatsApp, "628", "628", "halo", null, At), text);
        var button = WhatsAppWebhookProcessor.ToTurn(new InboundMessage("628", "w2", "1", "interactive", null, new InboundInteractive("button_reply", new InboundChoice("pledge:confirm", "✅", null), null), null), At);
        Assert.Equal("pledge:confirm", button.ButtonData);
        Assert.Null(button.Text);
        var list = WhatsAppWebhookProcessor.ToTurn(new InboundMessage("628", "w3", "1", "interactive", null, new InboundInteractive("list_reply", null, new InboundChoice("topic:x", "X", "X")), null), At);
        Assert.Equal("topic:x", list.ButtonData);
        var quick = WhatsAppWebhookProcessor.ToTurn(new InboundMessage("628", "w4", "1", "button", null, null, new InboundButton("STOP_PAYLOAD", "Berhenti")), At);
        Assert.Equal("Berhenti", quick.Text);
        var location = WhatsAppWebhookProcessor.ToTurn(new InboundMessage("628", "w5", "1", "location", null, null, null), At);
        Assert.Null(location.Text);
        Assert.Null(location.ButtonData);
    }
}
