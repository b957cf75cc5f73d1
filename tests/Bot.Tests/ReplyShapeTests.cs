using NetralBot.Bot.Channels.WhatsApp;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Hosting;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Bot.Topics;
using NetralBot.Knowledge.Answering;
using Xunit.Abstractions;

namespace NetralBot.Bot.Tests;

/// <summary>The short answer and the topic menus over the shipped knowledge base: lengths, WhatsApp limits, reachability.</summary>
public sealed class ReplyShapeTests(ITestOutputHelper output) : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    private IQuestionAnswerer Knowledge => KnowledgeBaseLoader.Load(new ContentFolder(_content.ContentPath));

    private TopicCatalog Catalog => TopicCatalogLoader.Load(new ContentFolder(_content.ContentPath));

    [Fact]
    public void Every_entry_is_in_one_section_and_every_menu_fits_a_whatsapp_list_without_losing_a_row()
    {
        var catalog = Catalog;
        var menus = new List<Reply> { TopicMenus.Sections(catalog).Reply };
        var reached = new List<string>();
        foreach (var section in catalog.Sections)
        {
            Assert.InRange(section.Title.Length, 1, WhatsAppLimits.ListRowTitle);
            var pages = (section.Entries.Count + TopicMenus.PageSize - 1) / TopicMenus.PageSize;
            for (var page = 1; page <= pages; page++)
            {
                var menu = TopicMenus.Section(section, page);
                menus.Add(menu.Reply);
                reached.AddRange(menu.Numbered.Select(d => d[AnswerReplies.TopicPrefix.Length..]));
            }
        }

        var ids = NetralBot.Knowledge.KnowledgeEngine.FromMarkdown(File.ReadAllText(Path.Combine(_content.ContentPath, "faq-id.md")), "faq-id.md").Entries.Select(e => e.Id).ToList();
        Assert.True(ids.Count >= 99, $"{ids.Count} entries");
        Assert.Equal(ids.Order(), reached.Order()); // each entry once, none left out (new entries land in "Lainnya")

        foreach (var reply in menus)
        {
            AssertFitsWhatsApp(reply);
        }
    }

    [Fact]
    public void Short_answers_are_much_shorter_than_the_full_text_and_keep_verdict_advice_and_a_legal_basis_button()
    {
        var knowledge = Knowledge;
        var entries = Catalog.Sections.SelectMany(s => s.Entries).ToList();
        var full = new List<int>();
        var compact = new List<int>();
        foreach (var entry in entries)
        {
            var answer = knowledge.AnswerTopic(entry.TopicId)!;
            var reply = AnswerReplies.Compact(answer, withDisclaimer: false);
            full.Add(answer.Text.Length);
            compact.Add(reply.Text.Length);

            Assert.StartsWith(answer.Parts!.Heading, reply.Text);
            if (answer.Parts.Advice is { } advice)
            {
                Assert.Contains("Sebaiknya: " + advice, reply.Text);
            }

            Assert.DoesNotContain(AnswerParts.LegalBasisLabel, reply.Text);
            Assert.Equal($"dasar:{entry.TopicId}", reply.Buttons[0][0].Data);
            var details = AnswerReplies.Details(answer).Text;
            Assert.All(answer.Parts.LegalBases, b => Assert.Contains(b, details));
            Assert.Contains(answer.Parts.Body, details.Contains(BotTexts.FullExplanation, StringComparison.Ordinal) ? details : reply.Text);
            AssertFitsWhatsApp(reply);
        }

        var (fullMedian, compactMedian) = (Median(full), Median(compact));
        output.WriteLine($"{entries.Count} entries: full text median {fullMedian}, max {full.Max()}; short reply median {compactMedian}, max {compact.Max()} characters");
        Assert.True(compactMedian < fullMedian * 0.6, $"short median {compactMedian} vs full {fullMedian}");
    }

    [Theory]
    [InlineData("Bolehkah ASN mencoblos atau menggunakan hak pilih?", "Mencoblos atau menggunakan hak pilih?")]
    [InlineData("Bolehkah pegawai ASN bergabung dengan parpol?", "Bergabung dengan parpol?")]
    [InlineData("Apakah KASN masih ada dan menangani netralitas ASN?", "Apakah KASN masih ada dan menangani netralitas ASN?")]
    public void Question_buttons_leave_out_the_common_opening(string question, string label) =>
        Assert.Equal(label, TopicMenus.ShortTitle(question));

    [Theory]
    [InlineData("Satu. Dua. Tiga. Empat.", "Satu. Dua. Tiga.", true)]
    [InlineData("Menurut UU No. 7 Tahun 2017 dilarang. Sebaiknya tidak.", "Menurut UU No. 7 Tahun 2017 dilarang. Sebaiknya tidak.", false)]
    [InlineData("Hanya satu kalimat", "Hanya satu kalimat", false)]
    public void The_lead_is_whole_sentences(string body, string lead, bool shortened) =>
        Assert.Equal((lead, shortened), LeadSentences.Of(body));

    [Theory]
    [InlineData("ok", nameof(AcknowledgementKind.Acknowledgement))]
    [InlineData("OKEEE", nameof(AcknowledgementKind.Acknowledgement))]
    [InlineData("siaaap pak", nameof(AcknowledgementKind.Acknowledgement))]
    [InlineData("mantep", nameof(AcknowledgementKind.Acknowledgement))]
    [InlineData("👍🏻👍🏻", nameof(AcknowledgementKind.Acknowledgement))]
    [InlineData("ok makasih", nameof(AcknowledgementKind.Thanks))]
    [InlineData("trimakasih bu 🙏", nameof(AcknowledgementKind.Thanks))]
    [InlineData("maksih", nameof(AcknowledgementKind.Thanks))]
    [InlineData("ok kalau kampanye?", nameof(AcknowledgementKind.None))]
    [InlineData("🔥", nameof(AcknowledgementKind.None))]
    [InlineData("kasir", nameof(AcknowledgementKind.None))]
    [InlineData("", nameof(AcknowledgementKind.None))]
    public void Acknowledgements_are_recognized_with_stretched_letters_emoji_and_one_typo(string text, string kind) =>
        Assert.Equal(Enum.Parse<AcknowledgementKind>(kind), Acknowledgements.Classify(text));

    [Theory]
    [InlineData("menu", true)]
    [InlineData("topik apa aja", true)]
    [InlineData("apa saja yang bisa saya tanyakan?", true)]
    [InlineData("daftar pertanyaan dong", true)]
    [InlineData("topik kampanye", false)]
    [InlineData("apa saja larangan asn?", false)]
    [InlineData("saya mau tanya", false)]
    public void Menu_requests_are_recognized_by_their_words(string text, bool matches) =>
        Assert.Equal(matches, TopicRequest.Matches(text));

    [Fact]
    public void A_topic_file_with_an_unknown_id_a_long_title_or_a_duplicate_is_refused_with_its_lines()
    {
        TopicSuggestion[] entries = [new("a", "A?"), new("b", "B?"), new("c", "C?")];
        var (catalog, problems) = TopicOutlineParser.Parse("## Satu\n- a\n- x\n\n## Judul yang jauh terlalu panjang sekali\n- b\n- a\n", "topik.md", entries);
        Assert.Null(catalog);
        Assert.Equal(
            ["topik.md:3: \"x\" bukan ID entri faq-id.md", "topik.md:5: judul topik harus 1–24 karakter (\"Judul yang jauh terlalu panjang sekali\" 38)", "topik.md:7: entri \"a\" sudah tercantum di topik lain"],
            problems);

        var (fallback, none) = TopicOutlineParser.Parse("## Satu\n- a\n", "topik.md", entries);
        Assert.Empty(none);
        Assert.Equal(["Satu", TopicCatalog.OtherTitle], fallback!.Sections.Select(s => s.Title));
        Assert.Equal(["b", "c"], fallback.Sections[1].Entries.Select(e => e.TopicId));
    }

    private static void AssertFitsWhatsApp(Reply reply)
    {
        var buttons = reply.Buttons.SelectMany(r => r).ToList();
        Assert.InRange(buttons.Count, 0, WhatsAppLimits.ListRows);
        var interactive = WhatsAppReplyRenderer.Render("628", reply).Last().Interactive;
        if (buttons.Count == 0)
        {
            return;
        }

        Assert.NotNull(interactive);
        var rows = interactive!.Action.Sections?.SelectMany(s => s.Rows).ToList();
        var count = rows?.Count ?? interactive.Action.Buttons!.Count;
        Assert.Equal(buttons.Count, count); // no choice dropped
        Assert.All(rows ?? [], r =>
        {
            Assert.InRange(r.Title.Length, 1, WhatsAppLimits.ListRowTitle);
            Assert.True((r.Description?.Length ?? 0) <= WhatsAppLimits.ListRowDescription);
            Assert.True(r.Id.Length <= WhatsAppLimits.ListRowId);
        });
    }

    private static double Median(List<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0;
    }
}
