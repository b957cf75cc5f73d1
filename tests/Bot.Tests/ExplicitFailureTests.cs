using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Hosting;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

/// <summary>What used to fall back silently is now an explicit error: dialog steps, stored statuses, enumerated columns.</summary>
public sealed class ExplicitFailureTests : IDisposable
{
    private readonly TestContent _content = new();
    private readonly SqliteDatabase _database;

    public ExplicitFailureTests()
    {
        _database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath));
        _database.Migrate();
    }

    public void Dispose() => _content.Dispose();

    private PledgeDialog NewDialog() => new(
        new PledgeStore(_database),
        new PledgeStore(_database),
        new PledgeTextSource(new ContentFolder(_content.ContentPath), NullLogger<PledgeTextSource>.Instance),
        new NetralBot.Bot.Pledges.Agencies.AgencyListSource(new ContentFolder(_content.ContentPath), NullLogger<NetralBot.Bot.Pledges.Agencies.AgencyListSource>.Instance),
        new PledgeOptions("uji-2029"),
        new ReceiptCodeGenerator(),
        TimeProvider.System);

    [Theory]
    [InlineData("""{"step":"Confirm","full_name":null,"status":null,"nip":null,"agency":null,"work_unit":null,"agency_from_link":false,"pledge_text_version":"uji-1","pledge_text_sha256":"abc"}""")]
    [InlineData("""{"step":"Confirm","full_name":"Dewi","status":"Pns","nip":null,"agency":"BKN","work_unit":"Biro","agency_from_link":false,"pledge_text_version":"uji-1","pledge_text_sha256":"abc"}""")]
    [InlineData("""{"step":"Unknown","full_name":"Dewi","status":"Pns","nip":"199001012015032001","agency":"BKN","work_unit":"Biro","agency_from_link":false,"pledge_text_version":"uji-1","pledge_text_sha256":"abc"}""")]
    [InlineData("""{"step":99,"full_name":"Dewi","status":"NonAsn","nip":null,"agency":"BKN","work_unit":"Biro","agency_from_link":false,"pledge_text_version":"uji-1","pledge_text_sha256":"abc"}""")]
    public async Task An_unknown_step_or_an_incomplete_draft_is_never_confirmed_and_saves_nothing(string state)
    {
        var context = new TurnContext(new Turn(Channel.Telegram, "501", "501", "SAYA BERIKRAR", null, DateTimeOffset.UtcNow), new DialogState(PledgeDialog.DialogName, state));
        await NewDialog().ContinueAsync(context, CancellationToken.None);
        Assert.Empty(await new PledgeStore(_database).ListAsync());
        Assert.Null(context.State);
        Assert.Contains(context.Replies, r => r.Text.Contains("/ikrar", StringComparison.Ordinal));
        Assert.DoesNotContain(context.Replies, r => r.Text.Contains("Kode bukti", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stored_status_that_does_not_parse_is_an_error_not_non_asn()
    {
        var store = new PledgeStore(_database);
        await store.SaveAsync(new Pledge("uji-2029", "NB-1", "Nama", EmploymentStatus.Pns, "199001012015032001", "BKN", "Unit", Channel.Telegram, "1", "uji-1", "abc", DateTimeOffset.UtcNow));
        await ExecuteAsync("PRAGMA ignore_check_constraints = ON; DROP TRIGGER chk_pledges_status_update; UPDATE pledges SET status = 'Honorer-X';");
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => store.ListAsync());
        Assert.Contains("Honorer-X", error.Message);
    }

    [Theory]
    [InlineData("UPDATE pledges SET status = 'pns'")]
    [InlineData("INSERT INTO subscribers(channel, chat_id, user_id, is_active, last_seen_at, time_zone) VALUES ('telegram', '9', '9', 1, '2026-01-01', 'GMT')")]
    [InlineData("INSERT INTO subscribers(channel, chat_id, user_id, is_active, last_seen_at) VALUES ('telegram', '9', '9', 2, '2026-01-01')")]
    [InlineData("UPDATE broadcast_jobs SET status = 'paused'")]
    [InlineData("UPDATE broadcast_jobs SET target_kind = 'Everyone'")]
    [InlineData("UPDATE broadcast_deliveries SET status = 'delivered'")]
    public async Task Enumerated_columns_refuse_values_outside_their_enumeration(string sql)
    {
        await new PledgeStore(_database).SaveAsync(new Pledge("uji-2029", "NB-1", "Nama", EmploymentStatus.NonAsn, null, "BKN", "Unit", Channel.Telegram, "1", "uji-1", "abc", DateTimeOffset.UtcNow));
        await new SubscriberStore(_database).TouchAsync(Channel.Telegram, "1", "1", DateTimeOffset.UtcNow);
        await new BroadcastStore(_database).CreateAsync("teks", NetralBot.Bot.Broadcasts.BroadcastTarget.All, "uji-2029", "cli", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null);
        var error = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(sql));
        Assert.Contains("CHECK constraint failed", error.Message);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await _database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
