using Microsoft.Data.Sqlite;
using NetralBot.Bot.Feedback;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests.Feedback;

/// <summary>
/// The feedback loop over the real <c>serve</c> host and the fake Telegram and Graph APIs, on a real SQLite file:
/// the 👍/👎 row under knowledge answers only, votes and reasons stored once and without personal data, typed
/// feedback, and the question log on an out-of-scope question.
/// </summary>
public sealed class FeedbackChannelTests : IAsyncLifetime
{
    private const long Chat = 777000123;
    private const string Nip = "198503122010011002";
    private const string Phone = "081234567890";
    private const string WhatsAppUser = "6281299887766";
    private readonly TestContent _content = new();
    private FakeTelegramServer _telegram = null!;

    public async Task InitializeAsync() => _telegram = await FakeTelegramServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
        _content.Dispose();
    }

    [Fact]
    public async Task Knowledge_answers_carry_the_feedback_row_and_pledge_replies_do_not()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        _telegram.EnqueueText(Chat, "apakah asn boleh kampanye?");
        var answer = (await _telegram.WaitForMessagesAsync(Chat, 1))[0];
        var rows = answer.ReplyMarkup!["inline_keyboard"]!.AsArray();
        var last = rows[^1]!.AsArray().Select(b => ((string)b!["text"]!, (string)b["callback_data"]!)).ToList();
        Assert.Equal([FeedbackTexts.HelpfulLabel, FeedbackTexts.UnhelpfulLabel], last.Select(b => b.Item1));
        Assert.All(last, b => Assert.Matches("^fb:[yn]:[A-Za-z0-9_-]{16}$", b.Item2));
        Assert.Equal("topic:medsos-like", answer.ButtonData[0]); // the related topic stays first

        _telegram.EnqueueText(Chat, "/ikrar");
        _telegram.EnqueueText(Chat, "/batal");
        _telegram.EnqueueText(Chat, "/help");
        await WaitUntilAsync(() => _telegram.Sent.Any(m => m.ChatId == Chat && m.Text.Contains("/berhenti", StringComparison.Ordinal)));
        var others = _telegram.Sent.Where(m => m.ChatId == Chat).Skip(1).ToList();
        Assert.True(others.Count >= 3, "pledge, cancel and help replies");
        Assert.DoesNotContain(others.SelectMany(m => m.ButtonData), d => d.StartsWith("fb:", StringComparison.Ordinal));

        // A "not sure" reply offers topics, not a vote: the question goes to the log instead.
        _telegram.EnqueueText(Chat + 1, "siapa yang menang lomba masak?");
        var notSure = (await _telegram.WaitForMessagesAsync(Chat + 1, 1))[0];
        Assert.DoesNotContain(notSure.ButtonData, d => d.StartsWith("fb:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_vote_and_a_reason_are_stored_once_without_the_user_id_nip_or_phone()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        _telegram.EnqueueText(Chat, $"NIP saya {Nip}, hp {Phone}, boleh ikut kampanye?");
        var answer = (await _telegram.WaitForMessagesAsync(Chat, 1))[0];
        var up = answer.ButtonData.Single(d => d.StartsWith("fb:y:", StringComparison.Ordinal));
        var down = answer.ButtonData.Single(d => d.StartsWith("fb:n:", StringComparison.Ordinal));

        _telegram.EnqueueCallback(Chat, up);
        Assert.Equal(FeedbackTexts.ThanksHelpful, (await _telegram.WaitForMessagesAsync(Chat, 2))[1].Text);
        _telegram.EnqueueCallback(Chat, up); // a double click
        await WaitForCallbackAnswersAsync(2);

        _telegram.EnqueueCallback(Chat, down); // changed their mind
        var reasons = (await _telegram.WaitForMessagesAsync(Chat, 3))[2];
        Assert.StartsWith("Terima kasih, masukan Anda kami catat", reasons.Text, StringComparison.Ordinal);
        Assert.Equal(4, reasons.ButtonData.Count);
        _telegram.EnqueueCallback(Chat, reasons.ButtonData[1]); // putusan keliru
        Assert.Equal(FeedbackTexts.ThanksReason, (await _telegram.WaitForMessagesAsync(Chat, 4))[3].Text);
        await WaitForCallbackAnswersAsync(4);
        Assert.Equal(4, _telegram.Sent.Count(m => m.ChatId == Chat)); // the double click got no second thanks

        var votes = Rows("SELECT kind, reason, question, topic_id, verdict FROM question_log WHERE answer_id IS NOT NULL");
        var vote = Assert.Single(votes);
        Assert.Equal(["unhelpful", "putusan-keliru", "NIP saya [nomor], hp [telepon], boleh ikut kampanye?", "kampanye", "DILARANG"], vote);

        // Nothing in the feedback tables holds the Telegram user id, the NIP or the phone number.
        foreach (var table in new[] { "question_log", "feedback_answers", "hash_keys" })
        {
            var cells = Rows($"SELECT * FROM {table}").SelectMany(r => r).ToList();
            Assert.NotEmpty(cells);
            Assert.DoesNotContain(cells, c => c.Contains(Chat.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                || c.Contains(Nip, StringComparison.Ordinal) || c.Contains(Phone, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(Nip, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Typed_feedback_is_attached_to_the_last_answer_in_the_chat()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        _telegram.EnqueueText(Chat, "jawabannya salah"); // no answer yet: thanked, nothing stored
        Assert.Equal(FeedbackTexts.NothingToRate, (await _telegram.WaitForMessagesAsync(Chat, 1))[0].Text);

        _telegram.EnqueueText(Chat, "boleh ikut kampanye?");
        await _telegram.WaitForMessagesAsync(Chat, 2);
        _telegram.EnqueueText(Chat, "jawabannya salah");
        var reply = (await _telegram.WaitForMessagesAsync(Chat, 3))[2];
        Assert.Equal(4, reply.ButtonData.Count(d => d.StartsWith("fb:r:", StringComparison.Ordinal)));
        _telegram.EnqueueText(Chat, "👍");
        Assert.Equal(FeedbackTexts.ThanksHelpful, (await _telegram.WaitForMessagesAsync(Chat, 4))[3].Text);

        Assert.Equal([["helpful", "boleh ikut kampanye?"]], Rows("SELECT kind, question FROM question_log"));
    }

    [Fact]
    public async Task An_out_of_scope_question_goes_to_the_question_log_scrubbed()
    {
        await using var bot = await BotUnderTest.StartAsync(_telegram, _content);
        _telegram.EnqueueText(Chat, "cuaca besok gimana? email saya budi@contoh.id");
        await _telegram.WaitForMessagesAsync(Chat, 1);
        await WaitUntilAsync(() => Rows("SELECT 1 FROM question_log").Count == 1);
        Assert.Equal([["unanswered", "cuaca besok gimana? email saya [email]", "", "TIDAK_TAHU"]],
            Rows("SELECT kind, question, COALESCE(topic_id, ''), verdict FROM question_log"));
    }

    [Fact]
    public async Task WhatsApp_shows_the_vote_and_stores_a_tap_on_it()
    {
        await using var graph = await FakeGraphApiServer.StartAsync();
        await using var bot = await WhatsAppBotUnderTest.StartAsync(graph, _content);
        await bot.DeliverAsync(WhatsAppPayloads.Text(WhatsAppUser, "jawaban panjang")); // no related topics: the vote alone
        var sent = await graph.WaitForMessagesAsync(WhatsAppUser, 4);
        var vote = sent[^1];
        Assert.Equal("button", vote.InteractiveType);
        Assert.Equal([FeedbackTexts.HelpfulLabel, FeedbackTexts.UnhelpfulLabel], vote.ButtonTitles);

        await bot.DeliverAsync(WhatsAppPayloads.ButtonReply(WhatsAppUser, vote.ButtonIds[1], FeedbackTexts.UnhelpfulLabel));
        var reasons = (await graph.WaitForMessagesAsync(WhatsAppUser, 5))[^1];
        Assert.Equal("list", reasons.InteractiveType); // four reasons: more than WhatsApp's three reply buttons
        Assert.Equal(["Salah topik", "Putusan keliru", "Kurang jelas", "Lainnya"], reasons.ListRows.Select(r => (string)r["title"]!));
        await bot.DeliverAsync(WhatsAppPayloads.ListReply(WhatsAppUser, (string)reasons.ListRows[2]["id"]!, "Kurang jelas"));
        Assert.Equal(FeedbackTexts.ThanksReason, (await graph.WaitForMessagesAsync(WhatsAppUser, 6))[^1].Text);

        Assert.Equal([["unhelpful", "kurang-jelas"]], Rows("SELECT kind, reason FROM question_log"));
        Assert.DoesNotContain(Rows("SELECT * FROM question_log").Concat(Rows("SELECT * FROM feedback_answers")).SelectMany(r => r),
            c => c.Contains(WhatsAppUser, StringComparison.Ordinal));
    }

    private List<List<string>> Rows(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _content.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<List<string>>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!).ToList());
        }

        return rows;
    }

    private Task WaitForCallbackAnswersAsync(int count) =>
        WaitUntilAsync(() => _telegram.Calls.Count(c => c == "answerCallbackQuery") >= count);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(50);
        }
    }
}
