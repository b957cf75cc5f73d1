using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Topics;

/// <summary>
/// Reads <c>topik.md</c>: each <c>## Title</c> starts a section, a bullet list of entry ids follows. Entries of the
/// knowledge base that are not listed go to a last section "Lainnya", so a new entry is never unreachable.
/// </summary>
internal static class TopicOutlineParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>The catalog, or the problems as <c>file:line: message</c> lines.</summary>
    /// <param name="markdown">The file's text; null when there is no file (every entry in one section).</param>
    /// <param name="sourceName">The file name for messages.</param>
    /// <param name="entries">The knowledge base's entries (id and question), in file order.</param>
    public static (TopicCatalog? Catalog, IReadOnlyList<string> Problems) Parse(string? markdown, string sourceName, IReadOnlyList<TopicSuggestion> entries)
    {
        var byId = entries.DistinctBy(e => e.TopicId).ToDictionary(e => e.TopicId, StringComparer.Ordinal);
        var problems = new List<string>();
        var sections = new List<(string Title, int Line, List<TopicSuggestion> Entries)>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in Markdown.Parse(markdown ?? string.Empty, Pipeline))
        {
            var line = block.Line + 1;
            switch (block)
            {
                case HeadingBlock { Level: 2 } heading:
                    var title = PlainText(heading.Inline);
                    if (title.Length is 0 or > TopicCatalog.MaxTitleLength)
                    {
                        problems.Add($"{sourceName}:{line}: judul topik harus 1–{TopicCatalog.MaxTitleLength} karakter (\"{title}\" {title.Length})");
                    }

                    sections.Add((title, line, []));
                    break;
                case ListBlock list when sections.Count > 0:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var id = item.OfType<ParagraphBlock>().Select(p => PlainText(p.Inline)).FirstOrDefault() ?? string.Empty;
                        var itemLine = item.Line + 1;
                        if (!byId.TryGetValue(id, out var entry))
                        {
                            problems.Add($"{sourceName}:{itemLine}: \"{id}\" bukan ID entri faq-id.md");
                        }
                        else if (!placed.Add(id))
                        {
                            problems.Add($"{sourceName}:{itemLine}: entri \"{id}\" sudah tercantum di topik lain");
                        }
                        else
                        {
                            sections[^1].Entries.Add(entry);
                        }
                    }

                    break;
            }
        }

        foreach (var empty in sections.Where(s => s.Entries.Count == 0 && s.Title.Length > 0))
        {
            problems.Add($"{sourceName}:{empty.Line}: topik \"{empty.Title}\" tidak berisi entri");
        }

        var others = entries.Where(e => !placed.Contains(e.TopicId)).DistinctBy(e => e.TopicId).ToList();
        if (others.Count > 0)
        {
            sections.Add((TopicCatalog.OtherTitle, 0, others));
        }

        if (sections.Count > TopicCatalog.MaxSections)
        {
            problems.Add($"{sourceName}:1: paling banyak {TopicCatalog.MaxSections} topik termasuk \"{TopicCatalog.OtherTitle}\" (ada {sections.Count})");
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in sections.Where(s => !keys.Add(Key(s.Title))))
        {
            problems.Add($"{sourceName}:{section.Line}: judul topik \"{section.Title}\" sama dengan topik lain");
        }

        return problems.Count > 0
            ? (null, problems)
            : (new TopicCatalog(sections.Select(s => new TopicSection(Key(s.Title), s.Title, s.Entries)).ToList()), problems);
    }

    /// <summary>"Ikrar &amp; aturan dasar" → "ikrar-aturan-dasar": letters and digits, words joined by '-'.</summary>
    public static string Key(string title)
    {
        var key = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD).ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(c);
            }
            else if (key.Length > 0 && key[^1] != '-' && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                key.Append('-');
            }
        }

        var result = key.ToString().Trim('-');
        return result.Length > 40 ? result[..40] : result;
    }

    private static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var literal in inline?.Descendants<LiteralInline>() ?? [])
        {
            text.Append(literal.Content.ToString());
        }

        foreach (var code in inline?.Descendants<CodeInline>() ?? [])
        {
            text.Append(code.Content);
        }

        return text.ToString().Trim();
    }
}
