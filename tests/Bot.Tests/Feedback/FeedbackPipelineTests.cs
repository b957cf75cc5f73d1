using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Feedback;
using NetralBot.Bot.Privacy;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests.Feedback;

/// <summary>The feedback step in the turn pipeline: the configured confidence level, and a failing store.</summary>
public sealed class FeedbackPipelineTests : IDisposable
{
    private readonly TestContent _content = new();
    private readonly SqliteDatabase _database;

    public FeedbackPipelineTests()
    {
        _database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath, "NORMAL"));
        _database.Migrate();
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Answers_below_the_configured_confidence_are_logged_and_still_offer_the_vote()
    {
        var store = new FeedbackStore(_database);
        var engine = Engine(store, new FeedbackOptions(LowConfidence: 0.85, QuestionLogRetentionDays: 180));

        var confident = Assert.Single(await SendAsync(engine, "boleh kampanye?")); // confidence 0.9
        var unsure = Assert.Single(await SendAsync(engine, "jawaban panjang")); // confidence 0.8

        Assert.All([confident, unsure], r => Assert.Equal([FeedbackTexts.HelpfulLabel, FeedbackTexts.UnhelpfulLabel], r.Buttons[^1].Select(b => b.Label)));
        var logged = Assert.Single(await store.ListAsync(null, [FeedbackKind.Unanswered]));
        Assert.Equal(("jawaban panjang", "panjang", 0.8), (logged.Question, logged.TopicId, logged.Confidence));
    }

    [Fact]
    public async Task A_failing_store_costs_the_buttons_never_the_answer()
    {
        var engine = Engine(new BrokenStore(), FeedbackOptions.Default);
        var reply = Assert.Single(await SendAsync(engine, "boleh kampanye?"));
        Assert.StartsWith("DILARANG", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Buttons.SelectMany(r => r), b => b.Data.StartsWith(FeedbackButtonData.Prefix, StringComparison.Ordinal));
    }

    private ConversationEngine Engine(IFeedbackStore store, FeedbackOptions options)
    {
        var recorder = new FeedbackRecorder(store, new UserIdHash(Encoding.UTF8.GetBytes("kunci-uji-pipeline-0001")), TimeProvider.System);
        var knowledge = new KnowledgeHandler(() => new FakeAnswerer(), new DisclaimerMemory(), NullLogger<KnowledgeHandler>.Instance);
        return new ConversationEngine(
            [new AnswerFeedbackStep(store, recorder, options, TimeProvider.System, NullLogger<AnswerFeedbackStep>.Instance), new DialogContinuationHandler([knowledge]), knowledge],
            new DialogStateStore(_database),
            TimeProvider.System,
            NullLogger<ConversationEngine>.Instance);
    }

    private static Task<IReadOnlyList<Reply>> SendAsync(ConversationEngine engine, string text) =>
        engine.HandleAsync(new Turn(Channel.Console, "u1", "c1", text, null, DateTimeOffset.UtcNow));

    // A database that has gone away (disk, network): every write fails.
    private sealed class BrokenStore : IFeedbackStore
    {
        public Task SaveShownAsync(ShownAnswer answer, CancellationToken cancellationToken = default) => throw new IOException("disk I/O error");

        public Task<ShownAnswer?> FindShownAsync(string id, CancellationToken cancellationToken = default) => throw new IOException("disk I/O error");

        public Task<ShownAnswer?> FindLastShownAsync(string chatKey, DateTimeOffset since, CancellationToken cancellationToken = default) => throw new IOException("disk I/O error");

        public Task<bool> VoteAsync(ShownAnswer answer, string userHash, FeedbackKind vote, DateTimeOffset at, CancellationToken cancellationToken = default) => throw new IOException("disk I/O error");

        public Task<bool> SetReasonAsync(string answerId, string userHash, FeedbackReason reason, CancellationToken cancellationToken = default) => throw new IOException("disk I/O error");

        public Task LogQuestionAsync(LoggedQuestion question, CancellationToken cancellationToken = default) => throw new IOException("disk I/O error");

        public Task<IReadOnlyList<LoggedQuestion>> ListAsync(DateTimeOffset? since, IReadOnlyCollection<FeedbackKind> kinds, CancellationToken cancellationToken = default) => throw new IOException("disk I/O error");

        public Task<UserFeedbackData> CountByUserAsync(string userHash, CancellationToken cancellationToken = default) => throw new IOException("disk I/O error");

        public Task<int> DeleteByUserAsync(string userHash, CancellationToken cancellationToken = default) => throw new IOException("disk I/O error");

        public Task<int> DeleteExpiredAsync(DateTimeOffset loggedBefore, DateTimeOffset shownBefore, CancellationToken cancellationToken = default) => throw new IOException("disk I/O error");
    }
}
