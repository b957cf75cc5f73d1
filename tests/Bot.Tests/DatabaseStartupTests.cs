using System.Diagnostics;
using Microsoft.Data.Sqlite;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

/// <summary>A database that cannot be used stops start-up with one line naming the file and the cause, exit code 2.</summary>
public sealed class DatabaseStartupTests : IDisposable
{
    private static readonly Dictionary<string, string> NoEnvironment = [];
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    private static void AssertOneLine(string stderr, string path, string cause)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.Contains(path, line);
        Assert.Contains(cause, line);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task An_unwritable_directory_is_named_with_its_cause()
    {
        var blocker = Path.Combine(_content.Root, "not-a-dir");
        File.WriteAllText(blocker, "x");
        var path = Path.Combine(blocker, "bot.db");
        var (code, _, stderr) = await CliProcess.RunAsync(_content, "", new Dictionary<string, string> { ["Storage__Sqlite__Path"] = path }, "stats");
        Assert.Equal(2, code);
        AssertOneLine(stderr, path, "tidak dapat dibuat");
    }

    [Fact]
    public async Task A_full_disk_at_start_is_one_line_not_a_stack_trace()
    {
        // Simulated with PRAGMA max_page_count: a fresh file may not grow beyond 2 pages, as if the disk were full.
        var (code, _, stderr) = await CliProcess.RunAsync(_content, "", new Dictionary<string, string> { ["Storage__Sqlite__MaxPageCount"] = "2" }, "stats");
        Assert.Equal(2, code);
        AssertOneLine(stderr, _content.DatabasePath, "disk penuh");
    }

    [Fact]
    public async Task A_file_with_corrupt_pages_in_the_middle_is_refused_with_how_to_restore_and_not_written()
    {
        Assert.Equal(0, (await CliProcess.RunAsync(_content, "", NoEnvironment, "stats")).ExitCode);
        using (var connection = new SqliteConnection($"Data Source={_content.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }

        var bytes = File.ReadAllBytes(_content.DatabasePath);
        Assert.True(bytes.Length > 8 * 4096, "the schema spans several pages");
        for (var i = 4 * 4096; i < 6 * 4096; i++)
        {
            bytes[i] = 0xA5;
        }

        File.WriteAllBytes(_content.DatabasePath, bytes);
        var (code, _, stderr) = await CliProcess.RunAsync(_content, "", NoEnvironment, "broadcast", "--text", "tes", "--at", "2099-01-01T07:00");
        Assert.Equal(2, code);
        AssertOneLine(stderr, _content.DatabasePath, "cadangan");
        Assert.Equal(bytes, File.ReadAllBytes(_content.DatabasePath)); // nothing written to the damaged file
    }

    [Fact]
    public async Task A_zero_length_file_that_existed_is_damaged_but_a_first_run_creates_the_database()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_content.DatabasePath)!);
        File.WriteAllBytes(_content.DatabasePath, []);
        var (code, _, stderr) = await CliProcess.RunAsync(_content, "", NoEnvironment, "stats");
        Assert.Equal(2, code);
        AssertOneLine(stderr, _content.DatabasePath, "0 byte");
        Assert.Equal(0, new FileInfo(_content.DatabasePath).Length);

        File.Delete(_content.DatabasePath);
        Assert.Equal(0, (await CliProcess.RunAsync(_content, "", NoEnvironment, "stats")).ExitCode);
        Assert.True(new FileInfo(_content.DatabasePath).Length > 0);
    }

    [RootMountFact]
    public async Task A_read_only_mount_is_one_line_naming_the_file()
    {
        var mount = Path.Combine(_content.Root, "ro");
        Directory.CreateDirectory(mount);
        Run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount);
        try
        {
            var path = Path.Combine(mount, "bot.db");
            var environment = new Dictionary<string, string> { ["Storage__Sqlite__Path"] = path };
            Assert.Equal(0, (await CliProcess.RunAsync(_content, "", environment, "stats")).ExitCode);
            Run("mount", "-o", "remount,ro", mount);
            var (code, _, stderr) = await CliProcess.RunAsync(_content, "", environment, "broadcast", "--text", "tes", "--at", "2099-01-01T07:00");
            Assert.Equal(2, code);
            AssertOneLine(stderr, path, "SQLITE_");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Run("umount", "-l", mount);
        }
    }

    internal static void Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
        }
    }
}

/// <summary>A test that needs root to mount a tmpfs; skipped, with the reason, where that is not possible.</summary>
public sealed class RootMountFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> SkipReason = new(Probe);

    public RootMountFactAttribute()
    {
        if (SkipReason.Value is { } reason)
        {
            Skip = reason;
        }
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return "needs root on Linux to mount a tmpfs";
        }

        var probe = Path.Combine(Path.GetTempPath(), "netralbot-mount-probe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(probe);
        try
        {
            DatabaseStartupTests.Run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", probe);
            DatabaseStartupTests.Run("umount", probe);
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "cannot mount a tmpfs here: " + exception.Message;
        }
        finally
        {
            Directory.Delete(probe);
        }
    }
}
