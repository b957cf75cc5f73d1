using Microsoft.Extensions.Configuration;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Channels.Telegram;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Hosting;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

public class BroadcastTextTests
{
    private static readonly BroadcastJob Job = new(
        12, "Pesan", BroadcastTarget.ForAgency("BKN"), "telegram:9", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch,
        BroadcastJobStatus.Running, DateTimeOffset.UnixEpoch, null);

    [Fact]
    public void Chat_progress_is_indonesian_and_counts_outside_window_only_when_there_is_some()
    {
        var progress = BroadcastTexts.Progress(Job, new BroadcastCounts(40, 50, 5, 3, 2));
        Assert.StartsWith("Siaran #12 (pelanggan aktif dari instansi BKN) — sedang dikirim: 60 dari 100.", progress);
        Assert.Contains("Terkirim: 50\nGagal: 5\nDiblokir: 3\nTidak terkirim di luar jendela 24 jam WhatsApp: 2\nBelum dikirim: 40", progress);
        Assert.DoesNotContain("jendela", BroadcastTexts.Progress(Job with { Status = BroadcastJobStatus.Done }, new BroadcastCounts(0, 10, 0, 0)));
        Assert.Contains("menunggu jadwal (01-01-1970 07.00 WIB)", BroadcastTexts.Progress(Job with { Status = BroadcastJobStatus.Queued }, new BroadcastCounts(0, 0, 0, 0)));
    }

    [Fact]
    public void Cli_status_keeps_its_four_count_lines_and_adds_outside_window_after_them() =>
        Assert.Equal(
            "job 12 running target=instansi:BKN\npending 40\nsent 50\nfailed 5\nblocked 3\noutside_window 2",
            BroadcastTexts.Status(Job, new BroadcastCounts(40, 50, 5, 3, 2)));
}

public class TelegramTextTests
{
    [Fact]
    public void Html_escape_replaces_only_amp_lt_gt() =>
        Assert.Equal("a &lt;b&gt; &amp; \"c\" 'd' *e* _f_", TelegramHtml.Escape("a <b> & \"c\" 'd' *e* _f_"));

    [Fact]
    public void Short_text_is_one_part() => Assert.Equal(["halo"], TelegramTextSplitter.Split("halo"));

    [Fact]
    public void Split_prefers_paragraphs_and_loses_nothing()
    {
        var paragraphs = Enumerable.Range(0, 30).Select(i => $"P{i} " + new string('y', 300)).ToList();
        var text = string.Join("\n\n", paragraphs);
        var parts = TelegramTextSplitter.Split(text);
        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.True(p.Length <= TelegramTextSplitter.MaxMessageLength));
        Assert.Equal(text, string.Join("\n\n", parts));
    }

    [Fact]
    public void Split_without_spaces_cuts_hard_but_keeps_surrogate_pairs()
    {
        var text = new string('a', 4095) + "😀" + new string('b', 10);
        var parts = TelegramTextSplitter.Split(text);
        Assert.Equal(4095, parts[0].Length);
        Assert.StartsWith("😀", parts[1]);
    }
}

public class BotSettingsReaderTests
{
    private static BotSettings Read(params (string Key, string Value)[] values) =>
        BotSettingsReader.Read(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());

    [Fact]
    public void Defaults_apply_without_configuration()
    {
        var settings = Read();
        Assert.False(settings.HasTelegramToken);
        Assert.Equal("https://api.telegram.org", settings.Telegram.ApiBaseUrl);
        Assert.Equal(TelegramMode.Polling, settings.Telegram.Mode);
        Assert.Equal("data/netralbot.db", settings.Sqlite.Path);
        Assert.Equal("pemilu-2029", settings.Pledge.ElectionId);
    }

    [Theory]
    [InlineData("Telegram:ApiBaseUrl", "https://api.telegram.org/", "tidak boleh diakhiri '/'")]
    [InlineData("Telegram:ApiBaseUrl", "api.telegram.org", "URL http(s)")]
    [InlineData("Telegram:Mode", "push", "polling\" atau \"webhook")]
    [InlineData("Telegram:Token", "12 34", "Telegram:Token")]
    [InlineData("Telegram:Token", "TOKEN-FROM-BOTFATHER", "<angka>:<kode>")]
    [InlineData("Telegram:Token", "bot:abc", "<angka>:<kode>")]
    [InlineData("Telegram:Token", "123:", "<angka>:<kode>")]
    [InlineData("Telegram:ApiBaseUrl", "http://127.0.0.1:8081/telegram", "tanpa path")]
    [InlineData("Telegram:ApiBaseUrl", "https://proxy.example?x=1", "tanpa path")]
    [InlineData("Telegram:PollingTimeoutSeconds", "99", "PollingTimeoutSeconds")]
    public void Invalid_values_give_one_clear_message(string key, string value, string fragment)
    {
        var error = Assert.Throws<BotConfigurationException>(() => Read((key, value)));
        Assert.Contains(fragment, error.Message);
    }

    [Fact]
    public void Webhook_mode_requires_a_valid_secret()
    {
        Assert.Contains("WebhookSecret", Assert.Throws<BotConfigurationException>(() => Read(("Telegram:Mode", "webhook"))).Message);
        Assert.Throws<BotConfigurationException>(() => Read(("Telegram:Mode", "webhook"), ("Telegram:WebhookSecret", "bad secret!")));
        Assert.Equal(TelegramMode.Webhook, Read(("Telegram:Mode", "Webhook"), ("Telegram:WebhookSecret", "ok_Secret-1")).Telegram.Mode);
    }

    [Fact]
    public void Serve_without_token_refuses_to_start() =>
        Assert.Contains("Telegram:Token", Assert.Throws<BotConfigurationException>(() => BotWebApplication.Create([], new Dictionary<string, string?> { ["Telegram:Token"] = "" })).Message);
}

public class PledgeTextParserTests
{
    [Fact]
    public void Reads_version_title_points_and_hash()
    {
        var text = PledgeTextParser.Parse(TestContent.SampleIkrar);
        Assert.Equal("uji-1", text.Version);
        Assert.Equal("Ikrar Netralitas ASN (contoh uji)", text.Title);
        Assert.Equal(4, text.Points.Count);
        Assert.StartsWith("Menolak", text.Points[3]);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(TestContent.SampleIkrar))), text.Sha256);
        Assert.NotEqual(text.Sha256, PledgeTextParser.Parse(TestContent.SampleIkrar + " ").Sha256);
    }

    [Fact]
    public void Front_matter_version_is_read() =>
        Assert.Equal("2.0", PledgeTextParser.Parse("---\nversion: \"2.0\"\n---\n# Ikrar\n1. Satu\n2. Dua\n").Version);

    [Fact]
    public void Text_without_points_is_refused() => Assert.Throws<FormatException>(() => PledgeTextParser.Parse("# Ikrar\nTidak ada poin."));
}

public class BotCommandTests
{
    [Theory]
    [InlineData("/start", "start", "")]
    [InlineData("/start ikrar-bkn", "start", "ikrar-bkn")]
    [InlineData("/Start@NetralBot  ikrar ", "start", "ikrar")]
    [InlineData("/batal", "batal", "")]
    public void Parses_name_and_payload(string text, string name, string payload)
    {
        var command = BotCommand.TryParse(text);
        Assert.Equal(new BotCommand(name, payload), command);
    }

    [Theory]
    [InlineData("halo")]
    [InlineData("/")]
    [InlineData("")]
    [InlineData(null)]
    public void Non_commands_are_null(string? text) => Assert.Null(BotCommand.TryParse(text));
}

public class SqlitePledgeStoreTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    private static Pledge Sample(string receipt, string? nip, string user) =>
        new("e1", receipt, "Nama", nip is null ? EmploymentStatus.NonAsn : EmploymentStatus.Pns, nip, "A", "U", "telegram", user, "v1", new string('0', 64), DateTimeOffset.UtcNow);

    [Fact]
    public async Task Concurrent_saves_of_the_same_nip_store_exactly_one()
    {
        var database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath));
        database.Migrate();
        database.Migrate(); // idempotent
        var store = new PledgeStore(database);
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => store.SaveAsync(Sample($"NB-0000-{i:0000}", "198503122010011004", "u" + i)))));
        Assert.Single(results, r => r.Created);
        var winner = results.Single(r => r.Created).Pledge.ReceiptCode;
        Assert.All(results, r => Assert.Equal(winner, r.Pledge.ReceiptCode));
        Assert.Single(await store.ListAsync());
    }

    [Fact]
    public async Task Non_asn_is_unique_per_channel_user_and_election()
    {
        var database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath));
        database.Migrate();
        var store = new PledgeStore(database);
        Assert.True((await store.SaveAsync(Sample("NB-1111-1111", null, "7"))).Created);
        var again = await store.SaveAsync(Sample("NB-2222-2222", null, "7"));
        Assert.False(again.Created);
        Assert.Equal("NB-1111-1111", again.Pledge.ReceiptCode);
        Assert.True((await store.SaveAsync(Sample("NB-3333-3333", null, "8"))).Created);
        Assert.True((await store.SaveAsync(Sample("NB-4444-4444", null, "7") with { ElectionId = "e2" })).Created);
        Assert.Equal(3, (await store.ListAsync()).Count);
    }

    [Fact]
    public void Receipt_codes_have_the_documented_shape_and_differ()
    {
        var generator = new ReceiptCodeGenerator();
        var codes = Enumerable.Range(0, 1000).Select(_ => generator.Next()).ToList();
        Assert.All(codes, c => Assert.Matches("^NB-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }
}

public class PledgeCsvWriterTests
{
    [Fact]
    public async Task Quotes_commas_quotes_newlines_and_neutralizes_formulas()
    {
        var pledge = new Pledge("e1", "NB-1", "Budi, \"Bud\"", EmploymentStatus.Pppk, "198503122010011004", "=HYPERLINK(\"x\")", "Unit\nDua", "telegram", "1", "v1", "abc", new DateTimeOffset(2026, 11, 23, 1, 2, 3, TimeSpan.Zero));
        var writer = new StringWriter();
        await PledgeCsvWriter.WriteAsync(writer, [pledge]);
        var csv = writer.ToString();
        Assert.Contains("\"Budi, \"\"Bud\"\"\"", csv);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", csv);
        Assert.Contains("\"Unit\nDua\"", csv);
        Assert.Contains("PPPK", csv);
        Assert.EndsWith("2026-11-23T01:02:03Z,1,,,\r\n", csv); // version 1, never corrected, agency not flagged, not anonymised
    }

    [Fact]
    public async Task A_csv_reader_gets_every_field_back()
    {
        var pledge = new Pledge("e1", "NB-2", "Siti \"Ani\", S.Pd", EmploymentStatus.Pns, "198503122010011004", "Dinas A; B", "Unit\r\nDua", "whatsapp", "6281234567890", "v1", "abc", new DateTimeOffset(2026, 11, 23, 1, 2, 3, TimeSpan.Zero));
        var writer = new StringWriter();
        await PledgeCsvWriter.WriteAsync(writer, [pledge, pledge with { ReceiptCode = "NB-3" }]);

        using var reader = new CsvHelper.CsvReader(new StringReader(writer.ToString()), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(reader.Read());
        reader.ReadHeader();
        Assert.Equal(PledgeCsvWriter.Header, reader.HeaderRecord);
        var receipts = new List<string>();
        while (reader.Read())
        {
            receipts.Add(reader.GetField("receipt_code")!);
            Assert.Equal("Siti \"Ani\", S.Pd", reader.GetField("full_name"));
            Assert.Equal("Unit\r\nDua", reader.GetField("work_unit"));
            Assert.Equal("whatsapp", reader.GetField("channel"));
            Assert.Equal("6281234567890", reader.GetField("channel_user_id"));
        }

        Assert.Equal(["NB-2", "NB-3"], receipts);
    }
}
