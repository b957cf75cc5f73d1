using System.Globalization;
using Microsoft.Data.Sqlite;
using NetralBot.Bot.Common;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

/// <summary>The CLI's guard rails: no broadcast into the past, to nobody, or without saying what was queued.</summary>
public sealed class BroadcastCliTests : IDisposable
{
    private static readonly Dictionary<string, string> NoEnvironment = [];
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    /// <summary>One active Telegram subscriber who pledged for agency BKN in the default election.</summary>
    internal static async Task SeedBknSubscriberAsync(TestContent content)
    {
        var database = new SqliteDatabase(new SqliteOptions(content.DatabasePath));
        database.Migrate();
        await new SubscriberStore(database).TouchAsync(Channel.Telegram, "501", "501", DateTimeOffset.UtcNow);
        await new PledgeStore(database).SaveAsync(new Pledge(
            PledgeOptions.DefaultElectionId, "NB-501", "Nama Uji", EmploymentStatus.NonAsn, null, "BKN", "Unit", Channel.Telegram, "501", "uji-1", "abc", DateTimeOffset.UtcNow));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Broadcast_prints_the_id_first_then_the_recipient_count_and_send_time()
    {
        await SeedBknSubscriberAsync(_content);
        var (code, stdout, stderr) = await CliProcess.RunAsync(_content, "", NoEnvironment, "broadcast", "--text", "Apel", "--instansi", "bkn", "--at", "2099-01-15T07:00");
        Assert.True(code == 0, stderr);
        var fields = stdout.Trim().Split('\t');
        Assert.True(long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out _), stdout);
        Assert.Equal(["1 penerima", "2099-01-15 07:00 WIB"], fields[1..]);
    }

    [Fact]
    public async Task A_past_send_time_is_refused_unless_forced()
    {
        await SeedBknSubscriberAsync(_content);
        var (code, stdout, stderr) = await CliProcess.RunAsync(_content, "", NoEnvironment, "broadcast", "--text", "Apel", "--at", "2020-01-15T07:00");
        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Contains("sudah lewat", stderr);
        Assert.Contains("--force", stderr);

        var forced = await CliProcess.RunAsync(_content, "", NoEnvironment, "broadcast", "--text", "Apel", "--at", "2020-01-15T07:00", "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("\t1 penerima\t", forced.Stdout);
    }

    [Theory]
    [InlineData("--instansi", "Kemendagri", "instansi \"Kemendagri\"")]
    [InlineData("--not-pledged", null, "sudah berikrar")]
    public async Task A_target_without_recipients_is_refused_with_the_reason(string option, string? value, string reason)
    {
        await SeedBknSubscriberAsync(_content);
        string[] args = value is null ? ["broadcast", "--text", "Apel", option] : ["broadcast", "--text", "Apel", option, value];
        var (code, stdout, stderr) = await CliProcess.RunAsync(_content, "", NoEnvironment, args);
        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Contains("Tidak ada penerima", stderr);
        Assert.Contains(reason, stderr);
        Assert.Equal(0L, await CountJobsAsync());
    }

    [Fact]
    public async Task Schedule_add_with_an_unknown_election_lists_the_valid_ids()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "content", "kalender.md"), Path.Combine(_content.ContentPath, "kalender.md"));
        var (code, _, stderr) = await CliProcess.RunAsync(_content, "", NoEnvironment, "schedule", "add", "pilkada-2099");
        Assert.Equal(1, code);
        Assert.Contains("ID yang ada:", stderr);
        Assert.Contains("contoh-2029", stderr);
    }

    private async Task<long> CountJobsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_content.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM broadcast_jobs";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
