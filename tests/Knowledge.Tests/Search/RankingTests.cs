using NetralBot.Knowledge.Answering;
using NetralBot.Knowledge.Catalog;
using NetralBot.Knowledge.Search;

namespace NetralBot.Knowledge.Tests.Search;

/// <summary>
/// Retrieval on the shipped knowledge base. The questions are written for these tests (not taken from any
/// evaluation set); the pairs differ by the detail that changes the verdict.
/// </summary>
public class RankingTests
{
    private static KnowledgeEngine Engine => ShippedKnowledgeBase.Engine.Value;

    [Theory]
    [InlineData("Bolehkah saya difoto bareng calon bupati waktu acara resmi pemda, tanpa pose apa pun?", "foto-bersama-calon-acara-resmi", Verdict.Bersyarat)]
    [InlineData("boleh gak aku pasang foto calon bupati di status wa?", "status-foto-calon", Verdict.Dilarang)]
    [InlineData("Apakah ASN boleh datang ke kampanye terbuka sekadar mendengarkan visi misi?", "hadir-kampanye-pendengar", Verdict.Bersyarat)]
    [InlineData("sy ditawari masuk tim sukses caleg dprd, boleh?", "tim-sukses-pemilu", Verdict.Dilarang)]
    [InlineData("pns boleh nyoblos di tps kan?", "mencoblos", Verdict.Boleh)]
    [InlineData("boleh gak saya ngajak tetangga buat nyoblos calon nomor 3?", "mengajak-memilih-calon", Verdict.Dilarang)]
    [InlineData("istri saya ibu rumah tangga, bukan asn, boleh ikut kampanye caleg?", "pasangan-bukan-asn-kampanye", Verdict.Boleh)]
    [InlineData("suami saya nyalon wali kota, saya pns boleh menemani dia kampanye?", "mendampingi-pasangan-calon", Verdict.Bersyarat)]
    [InlineData("klo sy like postingan paslon di fb gmn?", "like-komentar-calon", Verdict.Dilarang)]
    [InlineData("boleh gk pns dtg kampanye pake kaos partai?", "hadir-kampanye-atribut", Verdict.Dilarang)]
    public void Detail_that_changes_the_verdict_changes_the_answer(string question, string topic, Verdict verdict)
    {
        var answer = Engine.Ask(question);
        Assert.Equal(topic, answer.TopicId);
        Assert.Equal(verdict, answer.Verdict);
        Assert.NotEmpty(answer.Sources);
    }

    [Theory]
    [InlineData("jadwal hari tenang pilpres 2024 tanggal berapa", "kalender-pemilu-2024")]
    [InlineData("hari tenang pilgub 2024 mulai tanggal berapa", "kalender-pilkada-2024")]
    [InlineData("kapan coblosan pileg 2024?", "kalender-pemilu-2024")]
    [InlineData("kapan coblosan pilbup 2024?", "kalender-pilkada-2024")]
    [InlineData("masa tenang pemilu 2024 tanggal berapa", "kalender-pemilu-2024")]
    public void Pemilu_and_pilkada_questions_get_their_own_calendar(string question, string topic) =>
        Assert.Equal(topic, Engine.Ask(question).TopicId);

    [Fact]
    public void An_entry_for_the_other_election_contradicts_the_question()
    {
        var pilkada = new HashSet<string> { "masa_tenang", "pilkada" };
        Assert.True(ExclusiveConcepts.Contradicts(pilkada, new HashSet<string> { "pemilu", "masa_tenang" }));
        Assert.False(ExclusiveConcepts.Contradicts(pilkada, new HashSet<string> { "pilkada", "pemilu" }));
        Assert.False(ExclusiveConcepts.Contradicts(pilkada, new HashSet<string> { "kampanye" }));
        Assert.False(ExclusiveConcepts.Contradicts(new HashSet<string> { "pemilu", "pilkada" }, new HashSet<string> { "pemilu" }));
    }

    [Fact]
    public void Every_main_question_finds_its_own_entry()
    {
        var wrong = Engine.Entries
            .Select(e => (e.Id, Got: Engine.Ask(e.Question).TopicId))
            .Where(r => r.Got != r.Id)
            .ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void Out_of_scope_questions_get_tidak_tahu()
    {
        var questions = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Search", "out-of-scope.txt"))
            .Where(l => l.Length > 0 && l[0] != '#');
        var answered = questions
            .Select(q => (q, a: Engine.Ask(q)))
            .Where(r => r.a.Verdict != Verdict.TidakTahu)
            .Select(r => $"{r.q} → {r.a.TopicId} ({r.a.Confidence})")
            .ToList();
        Assert.Empty(answered);
    }

    [Fact]
    public void Unsure_answers_offer_up_to_three_topics()
    {
        var answer = Engine.Ask("kalau soal netralitas kampanye itu gimana sih?");
        if (answer.Verdict == Verdict.TidakTahu)
        {
            Assert.InRange(answer.Suggestions.Count, 1, 3);

            // Either "did you mean" topics, or a clarifying question between entries that rule differently.
            Assert.True(
                answer.Text.Contains("Mungkin maksud Anda") || (answer.Text.Contains("maksud Anda yang mana") && answer.Choices.Count > 1),
                answer.Text);
        }
        else
        {
            Assert.NotNull(answer.TopicId);
        }
    }

    [Fact]
    public void Held_out_phrasings_rarely_get_a_wrong_verdict()
    {
        var kb = KnowledgeBaseParser.Parse(File.ReadAllText(ShippedKnowledgeBase.Path()), "faq-id.md");
        var results = HeldOutCheck.Run(kb.Entries, NetralBot.Knowledge.Text.IndonesianAnalyzer.CreateDefault());
        var wrongVerdict = results.Count(r => r.WrongVerdict) / (double)results.Count;
        var rightTopic = results.Count(r => r.Found?.Id == r.Expected.Id) / (double)results.Count;
        // Regression bars a little under the figures measured with the full KB. With 68 entries: 6.8 % and 75.3 % of
        // 1,112 phrasings. With 99 entries (Dec 2026): 8.4 % and 71.8 % of 1,366 — the new entries are deliberate close
        // neighbours that differ in one deciding detail (spouse vs other relative as candidate, voting for vs campaigning
        // for the empty box, a Pj campaigning vs standing, watching a live stream vs reacting to it), so a held-out
        // phrasing lands on the neighbour more often; the dev evaluation and its "too permissive" count did not move.
        // Most wrong verdicts remain INFO/BOLEH neighbours such as "lapor-kemana" vs "melaporkan-pelanggaran".
        Assert.True(wrongVerdict <= 0.09, $"wrong verdicts on held-out phrasings: {wrongVerdict:P1}");
        Assert.True(rightTopic >= 0.70, $"right topic on held-out phrasings: {rightTopic:P1}");
    }
}
