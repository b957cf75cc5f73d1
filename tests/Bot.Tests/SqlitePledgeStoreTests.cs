using NetralBot.Bot.Common;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

public class SqlitePledgeStoreTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    private static Pledge Sample(string receipt, string? nip, string user) =>
        new("e1", receipt, "Nama", nip is null ? EmploymentStatus.NonAsn : EmploymentStatus.Pns, nip, "A", "U", Channel.Telegram, user, "v1", new string('0', 64), DateTimeOffset.UtcNow);

    [Fact]
    public async Task Concurrent_saves_of_the_same_nip_store_exactly_one()
    {
        var database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath));
        database.Migrate();
        database.Migrate(); // idempotent
        var store = new PledgeStore(database);
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => store.SaveAsync(Sample($"NB-0000-{i:0000}", "198503122010011004", "u" + i)))));
        Assert.Single(results, r => r.Created);
        var winner = results.Single(r => r.Created).Pledge.ReceiptCode;
        Assert.All(results, r => Assert.Equal(winner, r.Pledge.ReceiptCode));
        Assert.Single(await store.ListAsync());
    }

    [Fact]
    public async Task Non_asn_is_unique_per_channel_user_and_election()
    {
        var database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath));
        database.Migrate();
        var store = new PledgeStore(database);
        Assert.True((await store.SaveAsync(Sample("NB-1111-1111", null, "7"))).Created);
        var again = await store.SaveAsync(Sample("NB-2222-2222", null, "7"));
        Assert.False(again.Created);
        Assert.Equal("NB-1111-1111", again.Pledge.ReceiptCode);
        Assert.True((await store.SaveAsync(Sample("NB-3333-3333", null, "8"))).Created);
        Assert.True((await store.SaveAsync(Sample("NB-4444-4444", null, "7") with { ElectionId = "e2" })).Created);
        Assert.Equal(3, (await store.ListAsync()).Count);
    }

    [Fact]
    public void Receipt_codes_have_the_documented_shape_and_differ()
    {
        var generator = new ReceiptCodeGenerator();
        var codes = Enumerable.Range(0, 1000).Select(_ => generator.Next()).ToList();
        Assert.All(codes, c => Assert.Matches("^NB-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }
}
