using System.Text.RegularExpressions;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

/// <summary>Broken content stops every verb that uses it, with <c>file:line: message</c> lines and exit code 2, before any data is touched.</summary>
public sealed partial class ContentStartupTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    private string KnowledgeBase => Path.Combine(_content.ContentPath, "faq-id.md");

    public static TheoryData<string> BrokenShapes => ["missing", "empty", "binary", "truncated", "duplicate id", "bad verdict"];

    private void Break(string shape)
    {
        var shipped = File.ReadAllText(KnowledgeBase);
        switch (shape)
        {
            case "missing":
                File.Delete(KnowledgeBase);
                break;
            case "empty":
                File.WriteAllText(KnowledgeBase, "");
                break;
            case "binary":
                File.WriteAllBytes(KnowledgeBase, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0xFF, 0xFE]);
                break;
            case "truncated":
                var cut = shipped.IndexOf("### Jawaban", StringComparison.Ordinal);
                File.WriteAllText(KnowledgeBase, shipped[..cut]);
                break;
            case "duplicate id":
                var first = shipped.IndexOf("\n## ", StringComparison.Ordinal);
                var second = shipped.IndexOf("\n## ", first + 1, StringComparison.Ordinal);
                File.WriteAllText(KnowledgeBase, shipped + shipped[first..second]);
                break;
            case "bad verdict":
                File.WriteAllText(KnowledgeBase, VerdictLine().Replace(shipped, "- Putusan: MUNGKIN", 1));
                break;
        }
    }

    [Theory]
    [MemberData(nameof(BrokenShapes))]
    public async Task Chat_refuses_to_start_on_a_broken_knowledge_base_and_leaves_the_database_alone(string shape)
    {
        Break(shape);
        var (code, stdout, stderr) = await CliProcess.RunAsync(_content, "halo\n", new Dictionary<string, string>(), "chat");
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        AssertFileLineMessages(stderr, "faq-id.md");
        Assert.False(File.Exists(_content.DatabasePath)); // nothing opened, nothing written
    }

    [Fact]
    public async Task Chat_refuses_to_start_on_a_topic_list_naming_an_entry_that_is_gone_but_ask_still_answers()
    {
        File.AppendAllText(Path.Combine(_content.ContentPath, "topik.md"), "- entri-yang-dihapus\n");
        var (code, stdout, stderr) = await CliProcess.RunAsync(_content, "halo\n", new Dictionary<string, string>(), "chat");
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains("topik.md:", stderr);
        Assert.Contains("\"entri-yang-dihapus\" bukan ID entri faq-id.md", stderr);
        Assert.False(File.Exists(_content.DatabasePath));

        var (askCode, answer, _) = await CliProcess.RunAsync(_content, "", new Dictionary<string, string>(), "ask", "bolehkah asn mencoblos?");
        Assert.Equal(0, askCode); // ask does not use the topic list
        Assert.Contains("BOLEH", answer);
    }

    [Fact]
    public async Task Serve_refuses_to_start_on_a_broken_knowledge_base()
    {
        Break("bad verdict");
        var (code, _, stderr) = await CliProcess.RunAsync(_content, "", new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["WhatsApp__AccessToken"] = "EAAG-token",
            ["WhatsApp__AppSecret"] = "secret",
            ["WhatsApp__VerifyToken"] = "verify-me",
            ["WhatsApp__PhoneNumberId"] = "1065",
        }, "serve");
        Assert.Equal(2, code);
        AssertFileLineMessages(stderr, "faq-id.md");
        Assert.False(File.Exists(_content.DatabasePath));
    }

    [Fact]
    public async Task Ask_kb_lint_and_kb_export_read_the_configured_content_path()
    {
        Break("duplicate id");
        // The working directory has no content/ folder; only Content:Path leads to the broken copy.
        var ask = await CliProcess.RunAsync(_content, "", new Dictionary<string, string>(), "ask", "bolehkah foto dengan calon?");
        Assert.Equal(2, ask.ExitCode);
        AssertFileLineMessages(ask.Stderr, "faq-id.md");

        var lint = await CliProcess.RunAsync(_content, "", new Dictionary<string, string>(), "kb", "lint");
        Assert.Equal(1, lint.ExitCode);
        Assert.Contains("sudah dipakai", lint.Stdout);

        // --kb still names a file explicitly.
        var shipped = Path.Combine(AppContext.BaseDirectory, "content", "faq-id.md");
        Assert.Equal(0, (await CliProcess.RunAsync(_content, "", new Dictionary<string, string>(), "kb", "lint", "--kb", shipped)).ExitCode);

        // The export holds the configured copy's extra (duplicated) entry.
        var export = await CliProcess.RunAsync(_content, "", new Dictionary<string, string>(), "kb", "export", "--json");
        var exportShipped = await CliProcess.RunAsync(_content, "", new Dictionary<string, string>(), "kb", "export", "--json", "--kb", shipped);
        Assert.Equal(
            System.Text.Json.JsonDocument.Parse(exportShipped.Stdout).RootElement.GetArrayLength() + 1,
            System.Text.Json.JsonDocument.Parse(export.Stdout).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Schedule_add_refuses_a_broken_calendar_with_its_line()
    {
        File.WriteAllText(Path.Combine(_content.ContentPath, "kalender.md"), "## pemilihan tanpa apa-apa\n\n- ID: ???\n");
        var (code, _, stderr) = await CliProcess.RunAsync(_content, "", new Dictionary<string, string>(), "schedule", "add", "contoh-2029");
        Assert.Equal(2, code);
        AssertFileLineMessages(stderr, "kalender.md");
        Assert.False(File.Exists(_content.DatabasePath));
    }

    private static void AssertFileLineMessages(string stderr, string file)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Matches(@"^\S*" + Regex.Escape(file) + @":\d+: \S", line));
        Assert.DoesNotContain("   at ", stderr);
    }

    [GeneratedRegex(@"- Putusan: [A-Z]+")]
    private static partial Regex VerdictLine();
}
