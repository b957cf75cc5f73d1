using NetralBot.Knowledge.Answering;
using NetralBot.Knowledge.Catalog;

namespace NetralBot.Knowledge.Tests.Search;

/// <summary>Phrasings handed in besides the file (attached by admins): a new way to reach an entry, nothing more.</summary>
public class ExtraPhrasingTests
{
    private const string Unanswered = "apakah pns boleh memelihara kucing saat pemilu";

    private static KnowledgeEngine Content => ShippedKnowledgeBase.Engine.Value;

    [Fact]
    public void An_extra_phrasing_leads_its_question_to_the_entry_and_leaves_the_original_engine_as_it_was()
    {
        Assert.Equal(Verdict.TidakTahu, Content.Ask(Unanswered).Verdict);

        var extended = Content.WithPhrasings([new ExtraPhrasing("netralitas-pengertian", Unanswered)]);

        var answer = extended.Ask(Unanswered + "?");
        Assert.Equal("netralitas-pengertian", answer.TopicId);
        Assert.Equal(Content.Find("netralitas-pengertian")!.Verdict, answer.Verdict);
        Assert.Contains(Unanswered, extended.Find("netralitas-pengertian")!.Phrasings);
        Assert.Equal(Verdict.TidakTahu, Content.Ask(Unanswered).Verdict); // immutable: a swap is safe mid-question
        Assert.DoesNotContain(Unanswered, Content.Find("netralitas-pengertian")!.Phrasings);
    }

    [Fact]
    public void Extras_replace_earlier_extras_and_unknown_entries_or_empty_text_are_left_out()
    {
        var once = Content.WithPhrasings([new ExtraPhrasing("netralitas-pengertian", Unanswered)]);
        var again = once.WithPhrasings([new ExtraPhrasing("tidak-ada", Unanswered), new ExtraPhrasing("mencoblos", "  ")]);

        Assert.Equal(Verdict.TidakTahu, again.Ask(Unanswered).Verdict);
        Assert.Equal(Content.Find("mencoblos")!.Phrasings, again.Find("mencoblos")!.Phrasings);
        Assert.Equal(Content.Entries.Count, again.Entries.Count);
    }

    [Theory]
    [InlineData("siapa capres terbaik menurut bot?")]
    [InlineData("sebaiknya saya pilih paslon yang mana?")]
    public void A_phrasing_attached_to_a_looser_entry_never_gets_past_the_neutrality_guard(string partisan)
    {
        var before = Content.Ask(partisan);
        Assert.Equal(NeutralityGuard.TopicId, before.TopicId);

        var extended = Content.WithPhrasings([new ExtraPhrasing("mencoblos", partisan)]);

        var after = extended.Ask(partisan);
        Assert.Equal(NeutralityGuard.TopicId, after.TopicId);
        Assert.Equal(before.Text, after.Text);
    }

    [Fact]
    public void The_rules_of_other_entries_do_not_change()
    {
        var extended = Content.WithPhrasings([new ExtraPhrasing("netralitas-pengertian", Unanswered)]);
        foreach (var entry in Content.Entries.Where(e => e.Id.Length > 0))
        {
            Assert.Equal(Content.AnswerTopic(entry.Id)!.Text, extended.AnswerTopic(entry.Id)!.Text);
        }
    }

    [Fact]
    public void Attachments_to_looser_entries_loosen_no_question_of_the_file()
    {
        // An ordinary attachment, and campaign wordings attached to BOLEH entries: the file states situations (actor,
        // acts), so a campaign question stays with the campaign rule, and so do the file's own campaign questions.
        const string Campaign = "apakah pns boleh berorasi di panggung kampanye calon";
        var extended = Content.WithPhrasings(
        [
            new ExtraPhrasing("netralitas-pengertian", Unanswered),
            new ExtraPhrasing("pensiunan-kampanye", Campaign),
            new ExtraPhrasing("mencoblos", "asn boleh jadi juru kampanye atau mc kampanye paslon"),
            new ExtraPhrasing("pasangan-bukan-asn-kampanye", "pns ikut kampanye bareng suami boleh"),
        ]);

        Assert.Equal((Verdict.Dilarang, "ikut-kampanye-orasi"), (extended.Ask(Campaign).Verdict, extended.Ask(Campaign).TopicId));
        Assert.Empty(LooserAnswers(Content, extended));
    }

    /// <summary>
    /// The file's questions (under entries with a rule verdict) that <paramref name="after"/> answers more permissively
    /// than both their entry's rule and <paramref name="before"/>, ranked as the evaluation ranks verdicts.
    /// </summary>
    private static List<string> LooserAnswers(KnowledgeEngine before, KnowledgeEngine after)
    {
        static int Rank(Verdict v) => v switch { Verdict.Dilarang => 0, Verdict.Bersyarat => 1, Verdict.Boleh => 2, _ => -1 };
        var looser = new List<string>();
        foreach (var entry in before.Entries.Where(e => Rank(e.Verdict) >= 0))
        {
            foreach (var question in entry.Phrasings.Prepend(entry.Question))
            {
                var answer = after.Ask(question);
                if (Rank(answer.Verdict) > Math.Max(Rank(entry.Verdict), Rank(before.Ask(question).Verdict)))
                {
                    looser.Add($"{entry.Id}: {question} → {answer.Verdict} ({answer.TopicId})");
                }
            }
        }

        return looser;
    }
}
