using System.Globalization;
using Markdig;
using Markdig.Syntax;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Knowledge.Catalog;

/// <summary>
/// Reads the knowledge-base Markdown: each <c>## question</c> heading starts an entry, a bullet list of
/// <c>Key: value</c> lines follows, then <c>### Section</c> headings with their text.
/// Reading is lenient: problems become diagnostics, never exceptions.
/// </summary>
public static class KnowledgeBaseParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>Parses the file text. <paramref name="sourceName"/> is used in diagnostics.</summary>
    public static KnowledgeBase Parse(string markdown, string sourceName)
    {
        var document = Markdown.Parse(markdown ?? string.Empty, Pipeline);
        var diagnostics = new List<KnowledgeBaseDiagnostic>();
        var drafts = new List<EntryDraft>();
        EntryDraft? current = null;
        string? section = null;

        foreach (var block in document)
        {
            var line = block.Line + 1;
            switch (block)
            {
                case HeadingBlock { Level: 1 }:
                    current = null;
                    section = null;
                    break;
                case HeadingBlock { Level: 2 } heading:
                    current = new EntryDraft(line, MarkdownPlainText.Of(heading.Inline));
                    drafts.Add(current);
                    section = null;
                    break;
                case HeadingBlock { Level: 3 } heading when current is not null:
                    section = KnowledgeBaseSections.Canonical(MarkdownPlainText.Of(heading.Inline));
                    if (section is null)
                    {
                        diagnostics.Add(Warning(sourceName, line, $"bagian tidak dikenal \"{MarkdownPlainText.Of(heading.Inline)}\" (yang dikenal: {KnowledgeBaseSections.KnownList})"));
                    }
                    else if (current.Sections.ContainsKey(section))
                    {
                        diagnostics.Add(Error(sourceName, line, $"bagian \"{section}\" muncul dua kali dalam entri ini"));
                    }
                    else
                    {
                        current.Sections[section] = new SectionDraft(line);
                    }

                    break;
                case ListBlock list when current is not null && section is null:
                    ReadMetadata(list, current, sourceName, diagnostics);
                    break;
                case ThematicBreakBlock:
                    break;
                default:
                    if (current is not null && section is not null && current.Sections.TryGetValue(section, out var draft))
                    {
                        draft.Blocks.Add(block);
                    }
                    else if (current is not null && section is null && block is ParagraphBlock)
                    {
                        diagnostics.Add(Warning(sourceName, line, "teks di luar bagian mana pun diabaikan (tambahkan judul ### di atasnya)"));
                    }

                    break;
            }
        }

        var entries = drafts.Select(d => d.ToEntry(sourceName, diagnostics)).ToList();
        diagnostics.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new KnowledgeBase(sourceName, entries, diagnostics);
    }

    private static void ReadMetadata(ListBlock list, EntryDraft entry, string file, List<KnowledgeBaseDiagnostic> diagnostics)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var line = item.Line + 1;
            var text = MarkdownPlainText.Of(item);
            var colon = text.IndexOf(':');
            if (colon <= 0)
            {
                diagnostics.Add(Error(file, line, $"baris data harus berbentuk \"Kunci: nilai\", bukan \"{text}\""));
                continue;
            }

            var key = text[..colon].Trim().ToLowerInvariant();
            var value = text[(colon + 1)..].Trim();
            if (!KnowledgeBaseSections.MetadataKeys.Contains(key))
            {
                diagnostics.Add(Warning(file, line, $"kunci data tidak dikenal \"{text[..colon].Trim()}\" (yang dikenal: {KnowledgeBaseSections.MetadataKeyList})"));
                continue;
            }

            if (!entry.Metadata.TryAdd(key, (value, line)))
            {
                diagnostics.Add(Error(file, line, $"kunci data \"{text[..colon].Trim()}\" muncul dua kali dalam entri ini"));
            }
        }
    }

    private static KnowledgeBaseDiagnostic Error(string file, int line, string message) => new(file, line, DiagnosticSeverity.Error, message);

    private static KnowledgeBaseDiagnostic Warning(string file, int line, string message) => new(file, line, DiagnosticSeverity.Warning, message);

    private sealed record SectionDraft(int Line)
    {
        public List<Block> Blocks { get; } = [];

        public string Text => string.Join("\n\n", Blocks.Select(MarkdownPlainText.Of).Where(t => t.Length > 0));

        public IReadOnlyList<string> Items => Blocks
            .SelectMany(b => b is ListBlock list
                ? list.OfType<ListItemBlock>().Select(MarkdownPlainText.Of)
                : MarkdownPlainText.Of(b).Split('\n'))
            .Select(t => t.Trim())
            .Where(t => t.Length > 0)
            .ToList();
    }

    private sealed class EntryDraft(int line, string question)
    {
        public int Line { get; } = line;

        public string Question { get; } = question;

        public Dictionary<string, (string Value, int Line)> Metadata { get; } = [];

        public Dictionary<string, SectionDraft> Sections { get; } = [];

        public KnowledgeEntry ToEntry(string file, List<KnowledgeBaseDiagnostic> diagnostics)
        {
            var verdict = Verdict.TidakTahu;
            if (Metadata.TryGetValue("putusan", out var verdictText)
                && (!VerdictNames.TryParse(verdictText.Value, out verdict) || verdict == Verdict.TidakTahu))
            {
                diagnostics.Add(Error(file, verdictText.Line, $"putusan \"{verdictText.Value}\" tidak dikenal: tulis BOLEH, DILARANG, BERSYARAT atau INFO"));
                verdict = Verdict.TidakTahu;
            }

            DateOnly? checkedOn = null;
            if (Metadata.TryGetValue("diperiksa", out var dateText))
            {
                if (DateOnly.TryParseExact(dateText.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    checkedOn = date;
                }
                else
                {
                    diagnostics.Add(Error(file, dateText.Line, $"tanggal \"{dateText.Value}\" harus berbentuk TTTT-BB-HH, misalnya 2024-11-01"));
                }
            }

            return new KnowledgeEntry(
                Id: Metadata.TryGetValue("id", out var id) ? id.Value : string.Empty,
                Question: Question,
                Phrasings: Items(KnowledgeBaseSections.Phrasings),
                Verdict: verdict,
                Keywords: List("kata kunci"),
                AnswerText: Text(KnowledgeBaseSections.Answer) ?? string.Empty,
                Advice: Text(KnowledgeBaseSections.Advice),
                LegalBases: Items(KnowledgeBaseSections.LegalBasis),
                Sanction: Text(KnowledgeBaseSections.Sanction),
                Related: List("terkait"),
                CheckedOn: checkedOn,
                Line: Line)
            {
                Situation = new EntrySituation(
                    List("pelaku").Select(v => v.ToLowerInvariant()).ToList(),
                    List("perbuatan").Select(v => v.ToLowerInvariant()).ToList(),
                    List("syarat").Select(v => v.ToLowerInvariant()).ToList(),
                    Metadata.TryGetValue("maksud", out var intent) && intent.Value.Length > 0 ? intent.Value.Trim().ToLowerInvariant() : null),
                Sources = List("sumber"),
            };
        }

        private IReadOnlyList<string> Items(string section) =>
            Sections.TryGetValue(section, out var s) ? s.Items : [];

        private string? Text(string section) =>
            Sections.TryGetValue(section, out var s) && s.Text.Length > 0 ? s.Text : null;

        private IReadOnlyList<string> List(string key) =>
            Metadata.TryGetValue(key, out var value)
                ? value.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
    }
}
