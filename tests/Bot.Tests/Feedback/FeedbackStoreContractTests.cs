using NetralBot.Bot.Feedback;
using NetralBot.Bot.Privacy;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Postgres;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Bot.Tests.Storage;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Tests.Feedback;

/// <summary>The feedback store's contract, run on SQLite and PostgreSQL by the subclasses below.</summary>
public abstract class FeedbackStoreContractTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);

    [StoreFact]
    public async Task A_vote_counts_once_per_user_and_answer_a_changed_vote_replaces_it()
    {
        var store = await OpenFeedbackAsync();
        var answer = Shown("a", Now);
        await store.SaveShownAsync(answer);
        Assert.Equal(answer, await store.FindShownAsync(answer.Id));

        Assert.True(await store.VoteAsync(answer, "voter-1", FeedbackKind.Helpful, Now));
        Assert.False(await store.VoteAsync(answer, "voter-1", FeedbackKind.Helpful, Now.AddSeconds(1))); // double click
        Assert.True(await store.VoteAsync(answer, "voter-2", FeedbackKind.Helpful, Now));
        Assert.True(await store.VoteAsync(answer, "voter-1", FeedbackKind.Unhelpful, Now.AddSeconds(2))); // changed mind

        Assert.True(await store.SetReasonAsync(answer.Id, "voter-1", FeedbackReason.WrongVerdict));
        Assert.False(await store.SetReasonAsync(answer.Id, "voter-1", FeedbackReason.WrongVerdict));
        Assert.False(await store.SetReasonAsync(answer.Id, "voter-2", FeedbackReason.Unclear)); // a 👍 takes no reason

        var rows = await store.ListAsync(null, [FeedbackKind.Helpful, FeedbackKind.Unhelpful]);
        Assert.Equal(2, rows.Count);
        var down = Assert.Single(rows, r => r.Kind == FeedbackKind.Unhelpful);
        Assert.Equal(new LoggedQuestion(FeedbackKind.Unhelpful, "voter-1", answer.Question, "kampanye", Verdict.Dilarang, 0.8, FeedbackReason.WrongVerdict, Now.AddSeconds(2)), down);
    }

    [StoreFact]
    public async Task The_last_answer_of_a_chat_is_found_within_the_window_only()
    {
        var store = await OpenFeedbackAsync();
        await store.SaveShownAsync(Shown("a", Now.AddMinutes(-50)));
        await store.SaveShownAsync(Shown("b", Now.AddMinutes(-10)));
        await store.SaveShownAsync(Shown("c", Now.AddMinutes(-5)) with { ChatKey = "other-chat" });

        Assert.Equal(IdOf("b"), (await store.FindLastShownAsync("chat-1", Now.AddMinutes(-30)))?.Id);
        Assert.Null(await store.FindLastShownAsync("chat-1", Now.AddMinutes(-9)));
        Assert.Null(await store.FindShownAsync(IdOf("z")));
    }

    [StoreFact]
    public async Task Logged_questions_are_listed_by_kind_and_date_newest_first()
    {
        var store = await OpenFeedbackAsync();
        await store.LogQuestionAsync(Logged("lama", Now.AddDays(-10)));
        await store.LogQuestionAsync(Logged("baru", Now));
        var answer = Shown("a", Now);
        await store.SaveShownAsync(answer);
        await store.VoteAsync(answer, "voter-1", FeedbackKind.Unhelpful, Now.AddMinutes(1));

        Assert.Equal(["baru", "lama"], (await store.ListAsync(null, [FeedbackKind.Unanswered])).Select(r => r.Question));
        Assert.Equal(["baru"], (await store.ListAsync(Now.AddDays(-1), [FeedbackKind.Unanswered])).Select(r => r.Question));
        Assert.Equal([FeedbackKind.Unhelpful, FeedbackKind.Unanswered, FeedbackKind.Unanswered],
            (await store.ListAsync(null, [FeedbackKind.Unanswered, FeedbackKind.Unhelpful, FeedbackKind.Helpful])).Select(r => r.Kind));
        Assert.Empty(await store.ListAsync(null, []));
    }

    [StoreFact]
    public async Task A_user_s_rows_are_counted_and_deleted_by_their_hash_only()
    {
        var store = await OpenFeedbackAsync();
        var own = Shown("a", Now) with { UserHash = "user-1" };
        await store.SaveShownAsync(own);
        await store.SaveShownAsync(Shown("b", Now) with { UserHash = "user-2" });
        await store.VoteAsync(own, "user-1", FeedbackKind.Helpful, Now);
        await store.LogQuestionAsync(Logged("tak terjawab", Now) with { UserHash = "user-1" });
        await store.LogQuestionAsync(Logged("orang lain", Now) with { UserHash = "user-2" });

        var counted = await store.CountByUserAsync("user-1");
        Assert.Equal((2, 1, 3), (counted.QuestionLogRows, counted.ShownAnswers, counted.Total));
        Assert.Equal(3, await store.DeleteByUserAsync("user-1"));
        Assert.Equal(0, (await store.CountByUserAsync("user-1")).Total);
        Assert.Equal(2, (await store.CountByUserAsync("user-2")).Total);
        Assert.Null(await store.FindShownAsync(own.Id));
    }

    [StoreFact]
    public async Task Expired_rows_are_deleted_and_recent_ones_kept()
    {
        var store = await OpenFeedbackAsync();
        await store.LogQuestionAsync(Logged("kedaluwarsa", Now.AddDays(-181)));
        await store.LogQuestionAsync(Logged("masih disimpan", Now.AddDays(-179)));
        var old = Shown("a", Now.AddDays(-8));
        await store.SaveShownAsync(old);
        await store.VoteAsync(old, "voter-1", FeedbackKind.Helpful, Now.AddDays(-8)); // the vote stays: it follows the log's retention
        await store.SaveShownAsync(Shown("b", Now.AddDays(-6)));

        Assert.Equal(2, await store.DeleteExpiredAsync(Now.AddDays(-180), Now.AddDays(-7)));
        Assert.Equal(["masih disimpan"], (await store.ListAsync(null, [FeedbackKind.Unanswered])).Select(r => r.Question));
        Assert.Single(await store.ListAsync(null, [FeedbackKind.Helpful]));
        Assert.Null(await store.FindShownAsync(old.Id));
        Assert.NotNull(await store.FindShownAsync(IdOf("b")));
    }

    [StoreFact]
    public async Task The_generated_hash_key_is_stored_once_and_every_instance_gets_the_first()
    {
        var keys = await OpenKeysAsync();
        var first = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var second = Enumerable.Range(100, 32).Select(i => (byte)i).ToArray();
        Assert.Equal(first, await keys.GetOrAddAsync(first, Now));
        Assert.Equal(first, await keys.GetOrAddAsync(second, Now.AddDays(1)));
    }

    private protected abstract Task<IFeedbackStore> OpenFeedbackAsync();

    private protected abstract Task<IHashKeyStore> OpenKeysAsync();

    private static string IdOf(string name) => (name + "_answer-id-xxxx")[..16];

    private static ShownAnswer Shown(string name, DateTimeOffset at) =>
        new(IdOf(name), "chat-1", "asker-1", "boleh gak ikut kampanye " + name + "?", "kampanye", Verdict.Dilarang, 0.8, at);

    private static LoggedQuestion Logged(string question, DateTimeOffset at) =>
        new(FeedbackKind.Unanswered, "asker-1", question, null, Verdict.TidakTahu, 0.12, null, at);
}

/// <summary>The feedback store on SQLite: a temp file per test.</summary>
public sealed class SqliteFeedbackStoreContractTests : FeedbackStoreContractTests, IDisposable
{
    private readonly TestContent _content = new();
    private SqliteDatabase? _database;

    public void Dispose() => _content.Dispose();

    private protected override Task<IFeedbackStore> OpenFeedbackAsync() => Task.FromResult<IFeedbackStore>(new FeedbackStore(Database()));

    private protected override Task<IHashKeyStore> OpenKeysAsync() => Task.FromResult<IHashKeyStore>(new HashKeyStore(Database()));

    private SqliteDatabase Database()
    {
        if (_database is null)
        {
            _database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath, "NORMAL"));
            _database.Migrate();
        }

        return _database;
    }
}

/// <summary>The feedback store on PostgreSQL: one database for the class, its feedback tables emptied before each test.</summary>
public sealed class PostgresFeedbackStoreContractTests(PostgresTestDatabase database)
    : FeedbackStoreContractTests, IRequiresPostgres, IClassFixture<PostgresTestDatabase>, IAsyncLifetime
{
    private readonly PostgresTestHandles _handles = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _handles.DisposeAsync().AsTask();

    private protected override async Task<IFeedbackStore> OpenFeedbackAsync() => new FeedbackStore(await OpenAsync());

    private protected override async Task<IHashKeyStore> OpenKeysAsync() => new HashKeyStore(await OpenAsync());

    private Task<PostgresDatabase> OpenAsync() => _handles.OpenEmptiedAsync(database, "question_log", "feedback_answers", "hash_keys");
}
