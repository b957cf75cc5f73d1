using System.Text;
using NetralBot.Bot.Common;
using NetralBot.Bot.Feedback;
using NetralBot.Bot.Privacy;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Tests.Feedback;

/// <summary>The pure parts of the feedback loop: scrubbing, typed votes, button data, grouping, the keyed hash.</summary>
public sealed class FeedbackUnitTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("NIP saya 198503122010011002 boleh kampanye?", "NIP saya [nomor] boleh kampanye?")]
    [InlineData("nip 19850312 201001 1 002, bagaimana?", "nip [nomor], bagaimana?")]
    [InlineData("hubungi 0812-3456-7890 atau +62 812 3456 7890", "hubungi [telepon] atau [telepon]")]
    [InlineData("email budi.santoso@pemda.go.id ya", "email [email] ya")]
    [InlineData("NIK 3171234567890001 istri saya", "NIK [nomor] istri saya")]
    [InlineData("nama saya Sutrisno Wibowo, boleh ikut kampanye?", "nama saya [nama], boleh ikut kampanye?")]
    [InlineData("Perkenalkan, saya Ni Luh Putu Ayu guru PPPK, boleh like postingan calon?", "Perkenalkan, saya [nama] guru PPPK, boleh like postingan calon?")]
    [InlineData("sy bernama budi dari dinas pu mau tanya", "sy bernama [nama] dari dinas pu mau tanya")]
    [InlineData("namaku: Ani. boleh foto sama caleg?", "namaku: [nama]. boleh foto sama caleg?")]
    public void Personal_data_is_replaced_by_placeholders(string question, string stored) =>
        Assert.Equal(stored, PersonalDataScrubber.Scrub(question));

    [Theory]
    [InlineData("Menurut UU 20/2023 dan PP 94/2021, bolehkah ikut kampanye 14 Februari 2024 jam 08.00?")]
    [InlineData("tanggal 12-12-2024 boleh?")]
    [InlineData("nama saya tercatut di sipol partai, bagaimana?")]
    [InlineData("nama saya tidak ada di DPT, boleh nyoblos?")]
    [InlineData("bolehkah nama saya dipakai tim sukses?")]
    public void Legal_references_dates_and_years_stay(string question) =>
        Assert.Equal(question, PersonalDataScrubber.Scrub(question));

    [Theory]
    [InlineData("jawabannya salah", "Unhelpful")]
    [InlineData("Kurang tepat.", "Unhelpful")]
    [InlineData("gak membantu sama sekali", "Unhelpful")]
    [InlineData("jawaban nya keliru pak", "Unhelpful")]
    [InlineData("👎", "Unhelpful")]
    [InlineData("makasih membantu", "Helpful")]
    [InlineData("Terima kasih, sangat membantu!", "Helpful")]
    [InlineData("jawabannya tepat", "Helpful")]
    [InlineData("👍👍", "Helpful")]
    [InlineData("👍🏽", "Helpful")]
    public void Typed_votes_are_recognised(string text, string vote) =>
        Assert.Equal(vote, TypedFeedback.Read(text)?.ToString());

    [Theory]
    [InlineData("kalau jawabannya salah di formulir gimana?")]
    [InlineData("boleh ikut kampanye?")]
    [InlineData("makasih")]
    [InlineData("ok")]
    [InlineData("👍👎")]
    [InlineData("")]
    public void Other_messages_are_no_vote(string text) => Assert.Null(TypedFeedback.Read(text));

    [Fact]
    public void Button_data_fits_telegram_and_reads_back()
    {
        var id = FeedbackButtonData.NewAnswerId();
        Assert.Equal(16, id.Length);
        var data = FeedbackButtonData.VoteRow(id).Select(b => b.Data).Concat(FeedbackButtonData.ReasonButtons(id).Select(b => b.Data)).ToList();
        Assert.Equal(6, data.Count);
        Assert.All(data, d => Assert.True(Encoding.UTF8.GetByteCount(d) <= 64, d));
        Assert.Equal(new FeedbackPress(id, FeedbackKind.Helpful, null), FeedbackButtonData.Parse(data[0]));
        Assert.Equal(new FeedbackPress(id, FeedbackKind.Unhelpful, null), FeedbackButtonData.Parse(data[1]));
        Assert.Equal(new FeedbackPress(id, null, FeedbackReason.WrongVerdict), FeedbackButtonData.Parse(data[3]));
        Assert.Null(FeedbackButtonData.Parse("fb:y:short"));
        Assert.Null(FeedbackButtonData.Parse("fb:r:" + id + ":bogus"));
        Assert.All(FeedbackButtonData.VoteRow(id).Concat(FeedbackButtonData.ReasonButtons(id)), b => Assert.True(b.Label.Length <= 20, b.Label)); // WhatsApp titles
    }

    [Fact]
    public void Near_identical_questions_are_grouped_and_the_most_frequent_comes_first()
    {
        var rows = new[]
        {
            Row(FeedbackKind.Unanswered, "Boleh gak PNS jadi MC kampanye?"),
            Row(FeedbackKind.Unanswered, "boleh gak pns jadi mc kampanye"),
            Row(FeedbackKind.Unanswered, "boleh gak pns jadi mc kampanye ??"),
            Row(FeedbackKind.Unanswered, "boleh gak pns jd mc kampanye?"), // a shortened word: near-identical
            Row(FeedbackKind.Unanswered, "apakah cuti bersama berlaku untuk PPPK?"),
            Row(FeedbackKind.Unhelpful, "boleh gak pns jadi mc kampanye", "mc-kampanye"),
        };

        var groups = QuestionGrouper.Group(rows);

        Assert.Equal(3, groups.Count);
        Assert.Equal((4, FeedbackKind.Unanswered), (groups[0].Count, groups[0].Kind));
        Assert.Equal("Boleh gak PNS jadi MC kampanye?", groups[0].Question); // ties go to the newest wording (listed first)
        Assert.Equal([(1, FeedbackKind.Unanswered, "apakah cuti bersama berlaku untuk PPPK?"), (1, FeedbackKind.Unhelpful, "boleh gak pns jadi mc kampanye")],
            groups.Skip(1).Select(g => (g.Count, g.Kind, g.Question)).OrderBy(g => g.Kind));
        Assert.Equal("mc-kampanye", groups.Single(g => g.Kind == FeedbackKind.Unhelpful).TopicId);
    }

    [Fact]
    public void Different_questions_with_shared_words_stay_apart()
    {
        var groups = QuestionGrouper.Group([Row(FeedbackKind.Unanswered, "boleh pns like postingan calon?"), Row(FeedbackKind.Unanswered, "boleh pns share postingan calon?")]);
        Assert.Equal(2, groups.Count);
    }

    [Fact]
    public void The_user_hash_is_keyed_stable_and_never_the_id()
    {
        var a = new UserIdHash(Encoding.UTF8.GetBytes("kunci-rahasia-uji-0001"));
        var b = new UserIdHash(Encoding.UTF8.GetBytes("kunci-rahasia-uji-0002"));
        var hash = a.ForUser(Channel.Telegram, "123456789");
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, new UserIdHash(Encoding.UTF8.GetBytes("kunci-rahasia-uji-0001")).ForUser(Channel.Telegram, "123456789"));
        Assert.NotEqual(hash, b.ForUser(Channel.Telegram, "123456789"));
        Assert.NotEqual(hash, a.ForUser(Channel.WhatsApp, "123456789"));
        Assert.NotEqual(hash, a.ForValue("chat", "telegram:123456789"));
        Assert.Equal(a.ForValue("user", "telegram:123456789"), hash); // the text hashed when channels were strings: stored hashes still match
        Assert.DoesNotContain("123456789", hash, StringComparison.Ordinal);
        Assert.DoesNotContain("kunci", a.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new UserIdHash(Encoding.UTF8.GetBytes("pendek")));
    }

    private static LoggedQuestion Row(FeedbackKind kind, string question, string? topic = null) =>
        new(kind, "h", question, topic, Verdict.TidakTahu, 0.1, null, Now);
}
