using Microsoft.Data.Sqlite;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

/// <summary><c>pledges export --out</c> holds NIPs: it never destroys a file, follows a symlink or leaves a readable copy.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PledgeExportFileTests : IDisposable
{
    private static readonly Dictionary<string, string> NoEnvironment = [];
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    private Task<(int ExitCode, string Stdout, string Stderr)> ExportAsync(params string[] extra) =>
        CliProcess.RunAsync(_content, "", NoEnvironment, ["pledges", "export", "--format", "csv", .. extra]);

    private static void AssertOneLine(string stderr, string expected)
    {
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task Exporting_onto_the_database_is_refused_without_force_and_the_database_survives()
    {
        Assert.Equal(0, (await CliProcess.RunAsync(_content, "", NoEnvironment, "stats")).ExitCode);
        SqliteConnection.ClearAllPools();
        var before = File.ReadAllBytes(_content.DatabasePath);
        var (code, _, stderr) = await ExportAsync("--out", _content.DatabasePath);
        Assert.Equal(1, code);
        AssertOneLine(stderr, "--force");
        Assert.Equal(before, File.ReadAllBytes(_content.DatabasePath));
    }

    [Fact]
    public async Task A_new_file_is_created_0600_and_force_replaces_an_existing_one_in_one_rename()
    {
        var target = Path.Combine(_content.Root, "ikrar.csv");
        Assert.Equal(0, (await ExportAsync("--out", target)).ExitCode);
        Assert.StartsWith("receipt_code,", File.ReadAllText(target).TrimStart('\uFEFF'));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));

        File.WriteAllText(target, "lama");
        Assert.Equal(1, (await ExportAsync("--out", target)).ExitCode);
        Assert.Equal("lama", File.ReadAllText(target));
        Assert.Equal(0, (await ExportAsync("--out", target, "--force")).ExitCode);
        Assert.StartsWith("receipt_code,", File.ReadAllText(target).TrimStart('\uFEFF'));
        Assert.Empty(Directory.GetFiles(_content.Root, ".netralbot-*.tmp"));
    }

    [Fact]
    public async Task A_symlink_at_the_target_is_never_followed_even_with_force()
    {
        var victim = Path.Combine(_content.Root, "penting.txt");
        File.WriteAllText(victim, "jangan ditimpa");
        var link = Path.Combine(_content.Root, "ikrar.csv");
        File.CreateSymbolicLink(link, victim);
        foreach (var args in new[] { new[] { "--out", link }, ["--out", link, "--force"] })
        {
            var (code, _, stderr) = await ExportAsync(args);
            Assert.Equal(1, code);
            AssertOneLine(stderr, "symlink");
        }

        Assert.Equal("jangan ditimpa", File.ReadAllText(victim));
    }

    [Theory]
    [InlineData("missing dir", "tidak ada")]
    [InlineData("a directory", "folder")]
    [InlineData("/dev/full", "bukan berkas biasa")]
    [InlineData("300-char name", "Ekspor gagal")]
    public async Task Every_io_error_is_one_readable_line_and_exit_code_1(string target, string expected)
    {
        var path = target switch
        {
            "missing dir" => Path.Combine(_content.Root, "tidak-ada", "ikrar.csv"),
            "a directory" => _content.Root,
            "300-char name" => Path.Combine(_content.Root, new string('a', 300) + ".csv"),
            _ => target,
        };
        var (code, _, stderr) = await ExportAsync("--out", path, "--force");
        Assert.Equal(1, code);
        AssertOneLine(stderr, expected);
        Assert.True(File.Exists("/dev/full") || target != "/dev/full");
    }

    [Fact]
    public async Task Stdout_on_a_full_device_is_one_line_and_exit_code_1()
    {
        var start = new System.Diagnostics.ProcessStartInfo("bash") { RedirectStandardError = true, WorkingDirectory = _content.Root };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"dotnet '{Path.Combine(AppContext.BaseDirectory, "NetralBot.dll")}' pledges export --format csv > /dev/full");
        start.Environment["Telegram__Token"] = "";
        start.Environment["Content__Path"] = _content.ContentPath;
        start.Environment["Storage__Sqlite__Path"] = _content.DatabasePath;
        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(1, process.ExitCode);
        AssertOneLine(stderr, "Ekspor gagal");
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error_listing_the_allowed_values_in_indonesian()
    {
        var (code, _, stderr) = await CliProcess.RunAsync(_content, "", NoEnvironment, "pledges", "export", "--format", "json");
        Assert.Equal(2, code);
        Assert.Contains("Pilihan yang sah: 'csv'", stderr);
        Assert.DoesNotContain("Konfigurasi tidak valid", stderr);

        var (missing, _, noCommand) = await CliProcess.RunAsync(_content, "", NoEnvironment, "schedule");
        Assert.Equal(2, missing);
        Assert.Contains("Perintah belum disebutkan", noCommand);
        Assert.DoesNotContain("Required command", noCommand);
    }
}
