using NetralBot.Bot.Common;
using NetralBot.Bot.Feedback;
using NetralBot.Bot.Hosting;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Tests.Feedback;

/// <summary>
/// The decisions of the Pertanyaan page over a real SQLite file and the shipped knowledge base: what is open, what an
/// attachment changes in the live engine, and the clear refusals of bad input.
/// </summary>
public sealed class QuestionTriageTests : IDisposable
{
    private const string Kucing = "apakah pns boleh memelihara kucing saat pemilu?";
    private readonly TestContent _content = new();
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
    private readonly FeedbackStore _feedback;
    private readonly QuestionTriageStore _store;
    private readonly AuditLog _audit;
    private readonly LiveKnowledgeBase _knowledge;
    private readonly QuestionTriage _triage;

    public QuestionTriageTests()
    {
        var database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath, "NORMAL"));
        database.Migrate();
        _feedback = new FeedbackStore(database);
        _store = new QuestionTriageStore(database);
        _audit = new AuditLog(database);
        _knowledge = LiveKnowledgeBase.LoadAsync(KnowledgeBaseLoader.Load(new ContentFolder(_content.ContentPath)), _store).GetAwaiter().GetResult();
        _triage = new QuestionTriage(_feedback, _store, _knowledge, _audit, TimeProvider.System);
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Attaching_a_group_stores_the_phrasing_answers_it_at_once_closes_every_wording_and_audits()
    {
        await LogAsync(Kucing, Verdict.TidakTahu, 0.4);
        await LogAsync("Apakah PNS boleh memelihara kucing saat pemilu", Verdict.TidakTahu, 0.4);
        await LogAsync("apakah pns boleh memelihara kucing saat pemilu ??", Verdict.TidakTahu, 0.4);
        await LogAsync("kapan gajian asn cair menjelang pemilu", Verdict.Info, 0.5);
        Assert.Equal(Verdict.TidakTahu, _knowledge.Ask(Kucing).Verdict);
        var open = await _triage.OpenAsync();
        Assert.Equal([(3, "tak terjawab"), (1, "keyakinan rendah")], open.Select(g => (g.Count, IsLow(g))));

        var outcome = await _triage.AttachAsync("telegram:900", "unanswered", open[0].Question, "netralitas-pengertian", null);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal("netralitas-pengertian", _knowledge.Ask(Kucing).TopicId); // no restart
        Assert.Equal("netralitas-pengertian", _knowledge.Ask("apakah pns boleh memelihara kucing saat pemilu").TopicId);
        var stored = Assert.Single(await _store.ListPhrasingsAsync());
        Assert.Equal(("netralitas-pengertian", open[0].Question, "telegram:900"), (stored.EntryId, stored.Text, stored.AttachedBy));
        Assert.Equal(["kapan gajian asn cair menjelang pemilu"], (await _triage.OpenAsync()).Select(g => g.Question));
        var audit = Assert.Single(await _audit.ListAsync(10));
        Assert.Equal(("questions.attach", 3L), (audit.Action, audit.Count));
        Assert.StartsWith("entri:netralitas-pengertian pertanyaan:", audit.Target);
        Assert.DoesNotContain("kucing", audit.Target);

        // A new wording of the same question after the decision is open again: the log is never hidden by a guess.
        await LogAsync("pns pelihara kucing waktu pemilu boleh?", Verdict.TidakTahu, 0.4);
        Assert.Contains("pns pelihara kucing waktu pemilu boleh?", (await _triage.OpenAsync()).Select(g => g.Question));
    }

    [Fact]
    public async Task Another_instance_over_the_same_database_picks_the_phrasing_up_on_its_next_reload_and_rebuilds_only_on_a_change()
    {
        var other = await LiveKnowledgeBase.LoadAsync(KnowledgeBaseLoader.Load(new ContentFolder(_content.ContentPath)), _store);
        var before = other.Current;
        Assert.False(await other.ReloadAsync());
        Assert.Same(before, other.Current);

        await LogAsync(Kucing, Verdict.TidakTahu, 0.4);
        Assert.True((await _triage.AttachAsync("telegram:900", "unanswered", Kucing, "netralitas-pengertian", null)).Succeeded);
        Assert.Equal(Verdict.TidakTahu, other.Ask(Kucing).Verdict); // until its refresh (StoredPhrasingRefreshService, every minute)

        Assert.True(await other.ReloadAsync());
        Assert.Equal("netralitas-pengertian", other.Ask(Kucing).TopicId);
        Assert.False(await other.ReloadAsync());
    }

    [Fact]
    public async Task Out_of_scope_closes_the_group_without_touching_the_index()
    {
        await LogAsync("resep rendang untuk syukuran pemilu?", Verdict.TidakTahu, 0.1);
        var outcome = await _triage.MarkOutOfScopeAsync("telegram:900", "unanswered", "resep rendang untuk syukuran pemilu?");
        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Empty(await _triage.OpenAsync());
        Assert.Empty(await _store.ListPhrasingsAsync());
        Assert.Equal("questions.out-of-scope", Assert.Single(await _audit.ListAsync(10)).Action);
        Assert.False((await _triage.MarkOutOfScopeAsync("telegram:900", "unanswered", "resep rendang untuk syukuran pemilu?")).Succeeded);
    }

    [Theory]
    [InlineData("unanswered", Kucing, "tidak-ada", null, "Entri \"tidak-ada\" tidak ada di basis pengetahuan.")]
    [InlineData("unanswered", Kucing, "", null, "Pilih entri tujuan")]
    [InlineData("unanswered", Kucing, "netralitas-pengertian", " ?! ", "Frasa tidak boleh kosong.")]
    [InlineData("unanswered", Kucing, "netralitas-pengertian", "LONG", "Frasa terlalu panjang (301 karakter, paling banyak 300)")]
    [InlineData("unanswered", Kucing, "netralitas-pengertian", "Bolehkah ASN mencoblos atau menggunakan hak pilih?", "sudah menjadi pertanyaan entri \"mencoblos\"")]
    [InlineData("unanswered", Kucing, "netralitas-pengertian", "apakah pns boleh berorasi di panggung kampanye calon", "dari entri \"ikut-kampanye-orasi\" (DILARANG)")]
    [InlineData("unanswered", Kucing, "pensiunan-kampanye", null, "tidak cocok dengan entri \"pensiunan-kampanye\"")]
    [InlineData("unhelpful", Kucing, "netralitas-pengertian", null, "tidak ada lagi di daftar terbuka")]
    [InlineData("unanswered", "pertanyaan lain", "netralitas-pengertian", null, "tidak ada lagi di daftar terbuka")]
    [InlineData("semua", Kucing, "netralitas-pengertian", null, "tidak ada lagi di daftar terbuka")]
    public async Task Bad_input_is_refused_with_a_clear_message_and_nothing_is_stored(string kind, string question, string entry, string? phrasing, string message)
    {
        await LogAsync(Kucing, Verdict.TidakTahu, 0.4);

        var outcome = await _triage.AttachAsync("telegram:900", kind, question, entry, phrasing == "LONG" ? new string('a', 301) : phrasing);

        Assert.False(outcome.Succeeded);
        Assert.Contains(message, outcome.Message, StringComparison.Ordinal);
        Assert.Empty(await _store.ListPhrasingsAsync());
        Assert.Single(await _triage.OpenAsync());
        Assert.Empty(await _audit.ListAsync(10));
    }

    [Fact]
    public async Task An_admin_s_own_wording_is_scrubbed_of_personal_data_before_it_is_stored()
    {
        await LogAsync(Kucing, Verdict.TidakTahu, 0.4);
        var outcome = await _triage.AttachAsync("telegram:900", "unanswered", Kucing, "netralitas-pengertian", "NIP 199001012015011001 boleh pelihara kucing saat pemilu?");
        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.DoesNotContain("199001012015011001", Assert.Single(await _store.ListPhrasingsAsync()).Text);
    }

    private static string IsLow(QuestionGroup group) => QuestionTriage.IsLowConfidence(group) ? "keyakinan rendah" : "tak terjawab";

    private Task LogAsync(string question, Verdict verdict, double confidence) =>
        _feedback.LogQuestionAsync(new LoggedQuestion(FeedbackKind.Unanswered, "asker-hash", question, null, verdict, confidence, null, _now));
}
