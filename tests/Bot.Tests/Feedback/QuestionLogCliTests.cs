using Microsoft.Extensions.Logging.Abstractions;
using NetralBot.Bot.Common;
using NetralBot.Bot.Feedback;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Tests.Feedback;

/// <summary>
/// <c>questions list</c> through the real executable, the console chat feeding the log, and the retention job on a
/// database with old rows.
/// </summary>
public sealed class QuestionLogCliTests : IDisposable
{
    private static readonly Dictionary<string, string> NoEnvironment = [];
    private readonly TestContent _content = new();
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Questions_list_groups_near_identical_questions_most_frequent_first()
    {
        var store = OpenStore();
        string[] wordings = ["Boleh PNS jadi MC kampanye?", "boleh pns jadi mc kampanye", "boleh pns jadi MC kampanye??", "boleh pns jd mc kampanye"];
        for (var i = 0; i < wordings.Length; i++)
        {
            // The group is shown in the newest wording of its most frequent form: the first one here.
            await store.LogQuestionAsync(Unanswered(wordings[i], _now.AddDays(-1).AddMinutes(-i)));
        }

        await store.LogQuestionAsync(Unanswered("apa itu\tnetralitas?", _now.AddDays(-2)));
        await store.LogQuestionAsync(Unanswered("pertanyaan lama sekali", _now.AddDays(-40)));
        var answer = new ShownAnswer("answer-id-000001", "chat", "asker", "bolehkah like postingan calon?", "medsos-like", Verdict.Dilarang, 0.7, _now);
        await store.SaveShownAsync(answer);
        await store.VoteAsync(answer, "voter-1", FeedbackKind.Unhelpful, _now);
        await store.VoteAsync(answer, "voter-2", FeedbackKind.Unhelpful, _now);
        await store.VoteAsync(answer, "voter-3", FeedbackKind.Helpful, _now);

        var (code, stdout, stderr) = await RunAsync("questions", "list", "--since", _now.AddDays(-10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(code == 0, stderr);
        Assert.Equal(
            [
                "4\tunanswered\tBoleh PNS jadi MC kampanye?\t-",
                "2\tunhelpful\tbolehkah like postingan calon?\tmedsos-like",
                "1\tunanswered\tapa itu netralitas?\t-",
                "1\thelpful\tbolehkah like postingan calon?\tmedsos-like",
            ],
            Lines(stdout));

        (code, stdout, _) = await RunAsync("questions", "list", "--kind", "unhelpful");
        Assert.Equal(0, code);
        Assert.Equal(["2\tunhelpful\tbolehkah like postingan calon?\tmedsos-like"], Lines(stdout));

        (code, stdout, _) = await RunAsync("questions", "list", "--kind", "unanswered");
        Assert.Equal(3, Lines(stdout).Count); // without --since the 40-day-old question is listed too
    }

    [Theory]
    [InlineData("--since", "04-12-2026", "--since harus tanggal YYYY-MM-DD")]
    [InlineData("--kind", "semua", "Nilai 'semua' tidak dikenal")]
    public async Task Usage_errors_are_indonesian_with_exit_code_2(string option, string value, string message)
    {
        var (code, stdout, stderr) = await RunAsync("questions", "list", option, value);
        Assert.Equal(2, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
    }

    [Theory]
    [InlineData("Feedback__LowConfidence", "1,5", "Feedback:LowConfidence")]
    [InlineData("Feedback__QuestionLogRetentionDays", "0", "Feedback:QuestionLogRetentionDays")]
    [InlineData("Privacy__HashKey", "rahasia-pendek", "Privacy:HashKey")]
    public async Task Invalid_feedback_or_privacy_settings_stop_start_up_without_quoting_the_key(string key, string value, string named)
    {
        var (code, _, stderr) = await CliProcess.RunAsync(_content, "", new Dictionary<string, string> { [key] = value }, "questions", "list");
        Assert.Equal(2, code);
        Assert.Contains(named, stderr, StringComparison.Ordinal);
        if (key == "Privacy__HashKey")
        {
            Assert.DoesNotContain(value, stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_console_chat_offers_the_vote_and_its_questions_reach_the_log()
    {
        var (code, stdout, stderr) = await CliProcess.RunAsync(_content, "apakah asn boleh ikut kampanye?\n👍\ncuaca besok gimana ya?\n", NoEnvironment, "chat");
        Assert.True(code == 0, stderr);
        Assert.Contains(FeedbackTexts.HelpfulLabel, stdout, StringComparison.Ordinal);
        Assert.Contains(FeedbackTexts.ThanksHelpful, stdout, StringComparison.Ordinal);

        (code, stdout, _) = await RunAsync("questions", "list");
        Assert.Equal(0, code);
        var lines = Lines(stdout);
        Assert.Equal(2, lines.Count);
        Assert.Contains("1\tunanswered\tcuaca besok gimana ya?\t-", lines);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^1\thelpful\tapakah asn boleh ikut kampanye\?\t[a-z0-9-]+$"));
    }

    [Fact]
    public async Task The_retention_job_deletes_expired_rows_and_keeps_the_rest()
    {
        var store = OpenStore();
        await store.LogQuestionAsync(Unanswered("kedaluwarsa", _now.AddDays(-31)));
        await store.LogQuestionAsync(Unanswered("masih berlaku", _now.AddDays(-29)));
        var old = new ShownAnswer("answer-id-000002", "chat", "asker", "lama", "kampanye", Verdict.Dilarang, 0.9, _now.AddDays(-8));
        await store.SaveShownAsync(old);
        await store.VoteAsync(old, "voter", FeedbackKind.Unhelpful, _now.AddDays(-31)); // a vote expires with the log

        var options = new FeedbackOptions(FeedbackOptions.DefaultLowConfidence, QuestionLogRetentionDays: 30);
        using var service = new QuestionLogRetentionService(store, options, new SingleProcessLease(), TimeProvider.System, NullLogger<QuestionLogRetentionService>.Instance);
        await service.StartAsync(CancellationToken.None);
        // Waits for everything asserted below, not just the log: the job deletes the log rows and the shown answers in
        // separate statements, so under load the log can be empty while the shown answer is still there.
        async Task<(List<string> Questions, ShownAnswer? Shown)> ReadAsync() =>
            ((await store.ListAsync(null, [FeedbackKind.Unanswered, FeedbackKind.Unhelpful])).Select(r => r.Question).ToList(), await store.FindShownAsync(old.Id));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await ReadAsync() is not (["masih berlaku"], null) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await service.StopAsync(CancellationToken.None);
        var (questions, shown) = await ReadAsync();
        Assert.Equal(["masih berlaku"], questions);
        Assert.Null(shown);
    }

    private FeedbackStore OpenStore()
    {
        var database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath, "NORMAL"));
        database.Migrate();
        return new FeedbackStore(database);
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) => CliProcess.RunAsync(_content, "", NoEnvironment, args);

    private static List<string> Lines(string stdout) => stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

    private static LoggedQuestion Unanswered(string question, DateTimeOffset at) => new(FeedbackKind.Unanswered, "asker", question, null, Verdict.TidakTahu, 0.1, null, at);
}
