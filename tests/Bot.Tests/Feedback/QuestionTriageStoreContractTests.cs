using NetralBot.Bot.Feedback;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;
using NetralBot.Bot.Tests.Storage;

namespace NetralBot.Bot.Tests.Feedback;

/// <summary>The store of attached phrasings and decided wordings, run on SQLite and PostgreSQL by the subclasses below.</summary>
public abstract class QuestionTriageStoreContractTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);

    private protected abstract Task<IQuestionTriageStore> OpenAsync();

    [StoreFact]
    public async Task An_attached_phrasing_is_listed_in_order_and_its_wordings_are_decided()
    {
        var store = await OpenAsync();
        Assert.Empty(await store.ListPhrasingsAsync());
        Assert.Empty(await store.DecidedKeysAsync());

        var first = new StoredPhrasing("netralitas-pengertian", "pns boleh pelihara kucing pas pemilu?", "telegram:900", Now);
        var second = new StoredPhrasing("mencoblos", "asn nyoblos di tps mana?", "telegram:900", Now.AddMinutes(1));
        Assert.Null(await store.AttachAsync(second, ["asn nyoblos di tps mana"]));
        Assert.Null(await store.AttachAsync(first, ["pns boleh pelihara kucing pas pemilu", "pns boleh piara kucing pas pemilu"]));

        Assert.Equal([first, second], await store.ListPhrasingsAsync()); // oldest first, times exact on both databases
        Assert.Equal(
            ["asn nyoblos di tps mana", "pns boleh pelihara kucing pas pemilu", "pns boleh piara kucing pas pemilu"],
            (await store.DecidedKeysAsync()).Order(StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task One_wording_leads_to_one_entry_a_second_attachment_changes_nothing_and_names_the_first()
    {
        var store = await OpenAsync();
        var first = new StoredPhrasing("mencoblos", "ASN nyoblos di TPS mana?", "telegram:900", Now);
        Assert.Null(await store.AttachAsync(first, ["asn nyoblos di tps mana"]));

        // The same words in another case and punctuation are the same wording.
        var again = new StoredPhrasing("lapor-kemana", "asn nyoblos di tps mana", "telegram:901", Now.AddMinutes(1));
        Assert.Equal("mencoblos", await store.AttachAsync(again, ["asn nyoblos di tps mana ya"]));

        Assert.Equal([first], await store.ListPhrasingsAsync());
        Assert.DoesNotContain("asn nyoblos di tps mana ya", await store.DecidedKeysAsync()); // rolled back with the phrasing
    }

    [StoreFact]
    public async Task Out_of_scope_wordings_are_decided_and_a_wording_keeps_its_first_decision()
    {
        var store = await OpenAsync();
        await store.MarkOutOfScopeAsync(["resep rendang", "resep rendang padang", "resep rendang"], "telegram:900", Now);
        await store.MarkOutOfScopeAsync(["resep rendang"], "telegram:901", Now.AddMinutes(1)); // again: no error

        Assert.Null(await store.AttachAsync(new StoredPhrasing("mencoblos", "resep rendang padang", "telegram:900", Now), ["resep rendang padang"]));

        Assert.Equal(["resep rendang", "resep rendang padang"], (await store.DecidedKeysAsync()).Order(StringComparer.Ordinal));
        Assert.Single(await store.ListPhrasingsAsync());
    }
}

/// <summary>The triage store on SQLite: a temp file per test.</summary>
public sealed class SqliteQuestionTriageStoreContractTests : QuestionTriageStoreContractTests, IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    private protected override Task<IQuestionTriageStore> OpenAsync()
    {
        var database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath, "NORMAL"));
        database.Migrate();
        return Task.FromResult<IQuestionTriageStore>(new QuestionTriageStore(database));
    }
}

/// <summary>The triage store on PostgreSQL: one database for the class, its tables emptied before each test.</summary>
public sealed class PostgresQuestionTriageStoreContractTests(PostgresTestDatabase database)
    : QuestionTriageStoreContractTests, IRequiresPostgres, IClassFixture<PostgresTestDatabase>, IAsyncLifetime
{
    private readonly PostgresTestHandles _handles = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _handles.DisposeAsync().AsTask();

    private protected override async Task<IQuestionTriageStore> OpenAsync() =>
        new QuestionTriageStore(await _handles.OpenEmptiedAsync(database, "kb_phrasings", "question_dispositions"));
}
