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
}
