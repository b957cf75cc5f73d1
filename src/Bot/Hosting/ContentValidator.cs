using System.Text;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Common;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Topics;
using NetralBot.Knowledge.Calendar;
using NetralBot.Knowledge.Catalog;

namespace NetralBot.Bot.Hosting;

/// <summary>
/// Checks the content files a verb needs before it starts, with the rules <c>kb lint</c> applies, so a missing, empty,
/// binary, truncated or otherwise broken file stops start-up with <c>file:line: message</c> lines instead of a bot that
/// answers every question with "not available".
/// </summary>
internal static class ContentValidator
{
    /// <summary>Throws <see cref="ContentInvalidException"/> when any of <paramref name="parts"/> has errors.</summary>
    public static void EnsureValid(ContentFolder content, ContentParts parts)
    {
        var problems = Problems(content, parts);
        if (problems.Count > 0)
        {
            throw new ContentInvalidException(problems);
        }
    }

    /// <summary>The errors of <paramref name="parts"/>, one <c>file:line: message</c> each; empty when all is well.</summary>
    /// <param name="content">The content folder.</param>
    /// <param name="parts">The files to check.</param>
    /// <param name="knowledgeBaseFile">The knowledge base's file name when not <c>faq-id.md</c> (<c>--kb</c>).</param>
    public static IReadOnlyList<string> Problems(ContentFolder content, ContentParts parts, string knowledgeBaseFile = ContentFiles.KnowledgeBaseFile)
    {
        var problems = new List<string>();
        if (parts.HasFlag(ContentParts.KnowledgeBase))
        {
            Check(content, knowledgeBaseFile, required: true, problems, (text, name) =>
                KnowledgeBaseLinter.Lint(KnowledgeBaseParser.Parse(text, name)).Diagnostics
                    .Where(d => d.Severity == DiagnosticSeverity.Error)
                    .Select(d => d.ToString()));
        }

        if (parts.HasFlag(ContentParts.TopicsIfPresent) && problems.Count == 0)
        {
            // topik.md lists entry ids of faq-id.md, so it is checked once the knowledge base is known to be sound.
            Check(content, TopicCatalog.FileName, required: false, problems, (_, _) => TopicCatalogLoader.Check(content).Problems);
        }

        if (parts.HasFlag(ContentParts.PledgeText))
        {
            Check(content, PledgeTextSource.FileName, required: true, problems, (text, name) =>
            {
                try
                {
                    PledgeTextParser.Parse(text);
                    return [];
                }
                catch (FormatException exception)
                {
                    return [$"{name}:1: {exception.Message}"];
                }
            });
        }

        if (parts.HasFlag(ContentParts.Calendar) || parts.HasFlag(ContentParts.CalendarIfPresent))
        {
            Check(content, ReminderScheduler.CalendarFileName, parts.HasFlag(ContentParts.Calendar), problems, (text, name) =>
            {
                try
                {
                    ElectionCalendarParser.Parse(text, name);
                    return [];
                }
                catch (ElectionCalendarFormatException exception)
                {
                    return exception.Errors.Select(e => e.ToString());
                }
            });
        }

        return problems;
    }

    private static void Check(ContentFolder content, string fileName, bool required, List<string> problems, Func<string, string, IEnumerable<string>> check)
    {
        var path = Path.Combine(content.Path, fileName);
        var name = ContentFiles.DisplayName(path);
        if (!File.Exists(path))
        {
            if (required)
            {
                problems.Add($"{name}:1: berkas tidak ditemukan (folder konten: {content.Path}; atur Content:Path)");
            }

            return;
        }

        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            problems.Add($"{name}:1: berkas bukan teks UTF-8 (berkas biner atau rusak?)");
            return;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{name}:1: berkas tidak dapat dibaca: {exception.Message}");
            return;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            problems.Add($"{name}:1: berkas berisi byte NUL (berkas biner atau rusak?)");
            return;
        }

        problems.AddRange(check(text, name));
    }
}
