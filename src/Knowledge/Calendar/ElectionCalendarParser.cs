using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace NetralBot.Knowledge.Calendar;

/// <summary>
/// Reads the calendar Markdown (<c>content/kalender.md</c>). Each <c>## Name</c> heading starts an election,
/// followed by a <c>- Key: value</c> list (ID, Zona bawaan, Contoh, Sumber), a <c>### Tahapan</c> list
/// (Pendaftaran, Kampanye, Masa tenang, Pemungutan suara) and an optional <c>### Wilayah</c> list
/// (<c>- WITA: Bali, Sulawesi Selatan</c>). The section <c>## Teks pengingat</c> holds one <c>### kind-id</c>
/// heading per reminder with its text. Dates: "14 Februari 2024" (optionally "Rabu, ...") or "2024-02-14";
/// ranges with "s.d."; "tidak tercantum (catatan)" for dates that are not in the official reference.
/// </summary>
public static partial class ElectionCalendarParser
{
    /// <summary>The heading of the reminder-text section.</summary>
    public const string ReminderSectionTitle = "Teks pengingat";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    private static readonly string[] AbsentMarkers = ["tidak tercantum", "belum ditetapkan", "belum ada", "tidak ada"];

    /// <summary>Parses the file text; <paramref name="fileName"/> is used in error messages.</summary>
    /// <exception cref="ElectionCalendarFormatException">The file has one or more problems (all are listed).</exception>
    public static ElectionCalendar Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new Reader(text, fileName);
        reader.Read();
        if (reader.Errors.Count > 0)
        {
            throw new ElectionCalendarFormatException(reader.Errors.OrderBy(e => e.Line).ToList());
        }

        return new ElectionCalendar(reader.Elections, reader.Templates);
    }

    // Accepts "14 Februari 2024", "Rabu, 14 Februari 2024" (day name checked) and "2024-02-14".
    internal static bool TryParseDate(string text, out DateOnly date, out string? error)
    {
        date = default;
        error = null;
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        var match = LongDatePattern().Match(text);
        if (!match.Success || !IndonesianDateNames.TryParseMonth(match.Groups["month"].Value, out int month))
        {
            error = $"tanggal \"{text}\" tidak dapat dibaca; tulis misalnya \"14 Februari 2024\" atau \"2024-02-14\"";
            return false;
        }

        int day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        int year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = $"tanggal \"{text}\" tidak ada: {IndonesianDateNames.MonthName(month)} {year} hanya sampai tanggal {DateTime.DaysInMonth(year, month)}";
            return false;
        }

        date = new DateOnly(year, month, day);
        if (match.Groups["dayname"].Success)
        {
            if (!IndonesianDateNames.TryParseDay(match.Groups["dayname"].Value, out var named))
            {
                error = $"nama hari \"{match.Groups["dayname"].Value}\" tidak dikenal";
                return false;
            }

            if (named != date.DayOfWeek)
            {
                error = $"{IndonesianDateNames.FormatDate(date)} jatuh pada hari {IndonesianDateNames.DayName(date.DayOfWeek)}, bukan {IndonesianDateNames.DayName(named)}";
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(?:(?<dayname>[\p{L}'’]+),?\s+)?(?<day>\d{1,2})\s+(?<month>\p{L}+)\.?\s+(?<year>\d{4})$")]
    private static partial Regex LongDatePattern();

    [GeneratedRegex(@"\s+(?:s\.?\s?d\.?|s/d|sampai|hingga|–|—|-)\s+")]
    private static partial Regex RangeSeparator();

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex AnyPlaceholder();

    private sealed class Reader(string text, string file)
    {
        private readonly Dictionary<string, (int Line, List<Block> Blocks)> _templateDrafts = new(StringComparer.Ordinal);
        private ElectionDraft? _election;
        private string? _section;
        private bool _inReminders;
        private int _reminderLine;
        private string? _reminderKind;

        public List<ElectionCalendarError> Errors { get; } = [];

        public List<Election> Elections { get; } = [];

        public List<ReminderTemplate> Templates { get; } = [];

        public void Read()
        {
            var document = Markdown.Parse(text, Pipeline);
            foreach (var block in document)
            {
                int line = block.Line + 1;
                switch (block)
                {
                    case HeadingBlock { Level: 1 }:
                        break;
                    case HeadingBlock { Level: 2 } heading:
                        FinishElection();
                        var title = Inline(heading);
                        if (string.Equals(title, ReminderSectionTitle, StringComparison.OrdinalIgnoreCase))
                        {
                            if (_inReminders || _reminderLine > 0)
                            {
                                Error(line, $"bagian \"{ReminderSectionTitle}\" muncul dua kali");
                            }

                            _inReminders = true;
                            _reminderLine = line;
                        }
                        else
                        {
                            _inReminders = false;
                            _election = new ElectionDraft(title, line);
                        }

                        _section = null;
                        _reminderKind = null;
                        break;
                    case HeadingBlock { Level: 3 } heading when _inReminders:
                        StartReminder(Inline(heading), line);
                        break;
                    case HeadingBlock { Level: 3 } heading when _election is not null:
                        StartSection(Inline(heading), line);
                        break;
                    case HeadingBlock heading:
                        Error(line, $"judul \"{Inline(heading)}\" tidak diharapkan di sini; pemilihan memakai \"## Nama\", bagiannya \"### Tahapan\" dan \"### Wilayah\"");
                        break;
                    case ThematicBreakBlock or HtmlBlock or LinkReferenceDefinitionGroup:
                        break;
                    default:
                        ReadContent(block, line);
                        break;
                }
            }

            FinishElection();
            FinishReminders();
        }

        private void ReadContent(Block block, int line)
        {
            if (_inReminders)
            {
                if (_reminderKind is null)
                {
                    Error(line, $"teks pengingat harus berada di bawah judul \"### jenis\" ({string.Join(", ", ReminderKinds.All)})");
                    return;
                }

                _templateDrafts[_reminderKind].Blocks.Add(block);
                return;
            }

            if (_election is null)
            {
                return; // Instructions before the first election.
            }

            if (block is not ListBlock list)
            {
                Error(line, "teks ini tidak dikenali; data pemilihan ditulis sebagai daftar \"- Kunci: nilai\"");
                return;
            }

            foreach (var item in list.OfType<ListItemBlock>())
            {
                int itemLine = item.Line + 1;
                var itemText = ItemText(item);
                int colon = itemText.IndexOf(':');
                if (colon <= 0)
                {
                    Error(itemLine, $"baris harus berbentuk \"Kunci: nilai\", bukan \"{itemText}\"");
                    continue;
                }

                var key = itemText[..colon].Trim();
                var value = itemText[(colon + 1)..].Trim();
                switch (_section)
                {
                    case null:
                        ReadField(_election, key, value, itemLine);
                        break;
                    case "tahapan":
                        ReadPhase(_election, key, value, itemLine);
                        break;
                    case "wilayah":
                        ReadRegions(_election, key, value, itemLine);
                        break;
                }
            }
        }

        private void StartSection(string title, int line)
        {
            var normalized = title.Trim().ToLowerInvariant();
            if (normalized is not ("tahapan" or "wilayah"))
            {
                Error(line, $"bagian \"{title}\" tidak dikenal; yang dikenal: Tahapan, Wilayah");
                _section = "?";
                return;
            }

            if (!_election!.Sections.Add(normalized))
            {
                Error(line, $"bagian \"{title}\" muncul dua kali dalam pemilihan ini");
            }

            _section = normalized;
        }

        private void StartReminder(string kind, int line)
        {
            kind = kind.Trim();
            if (!ReminderKinds.All.Contains(kind))
            {
                Error(line, $"jenis pengingat \"{kind}\" tidak dikenal; yang dikenal: {string.Join(", ", ReminderKinds.All)}");
                _reminderKind = null;
                return;
            }

            if (_templateDrafts.ContainsKey(kind))
            {
                Error(line, $"teks pengingat \"{kind}\" muncul dua kali");
                _reminderKind = null;
                return;
            }

            _templateDrafts[kind] = (line, []);
            _reminderKind = kind;
        }

        private void ReadField(ElectionDraft e, string key, string value, int line)
        {
            var normalized = key.ToLowerInvariant();
            if (!e.Fields.Add(normalized))
            {
                Error(line, $"kunci \"{key}\" muncul dua kali dalam pemilihan ini");
                return;
            }

            switch (normalized)
            {
                case "id":
                    if (!IdPattern().IsMatch(value))
                    {
                        Error(line, $"ID \"{value}\" tidak sah; pakai huruf kecil, angka dan tanda hubung, misalnya \"pemilu-2024\"");
                    }
                    else if (Elections.Any(x => x.Id == value))
                    {
                        Error(line, $"ID \"{value}\" sudah dipakai pemilihan lain");
                    }

                    e.Id = value;
                    break;
                case "zona bawaan" or "zona":
                    if (IndonesianTimeZones.TryParse(value, out var zone))
                    {
                        e.DefaultZone = zone;
                    }
                    else
                    {
                        Error(line, $"zona waktu \"{value}\" tidak dikenal; pakai WIB, WITA atau WIT");
                    }

                    break;
                case "contoh":
                    switch (value.ToLowerInvariant())
                    {
                        case "ya":
                            e.IsSample = true;
                            break;
                        case "tidak":
                            e.IsSample = false;
                            break;
                        default:
                            Error(line, $"nilai \"Contoh\" harus \"ya\" atau \"tidak\", bukan \"{value}\"");
                            break;
                    }

                    break;
                case "sumber":
                    e.Source = value;
                    break;
                case "status":
                    switch (value.ToLowerInvariant())
                    {
                        case "ditetapkan":
                            e.IsDetermined = true;
                            break;
                        case "belum ditetapkan":
                            e.IsDetermined = false;
                            break;
                        default:
                            Error(line, $"nilai \"Status\" harus \"ditetapkan\" atau \"belum ditetapkan\", bukan \"{value}\"");
                            break;
                    }

                    break;
                case "catatan":
                    e.Note = value;
                    break;
                default:
                    Error(line, $"kunci \"{key}\" tidak dikenal; yang dikenal: ID, Zona bawaan, Contoh, Status, Sumber, Catatan");
                    break;
            }
        }

        private void ReadPhase(ElectionDraft e, string key, string value, int line)
        {
            if (!ElectionPhaseKinds.TryParse(key, out var kind))
            {
                Error(line, $"tahapan \"{key}\" tidak dikenal; yang dikenal: Pendaftaran, Kampanye, Masa tenang, Pemungutan suara");
                return;
            }

            if (e.Phases.ContainsKey(kind))
            {
                Error(line, $"tahapan \"{kind.DisplayName()}\" muncul dua kali");
                return;
            }

            string? note = null;
            int open = value.IndexOf('(');
            if (open >= 0 && value.EndsWith(')'))
            {
                note = value[(open + 1)..^1].Trim();
                value = value[..open].Trim();
            }

            if (value is "-" or "—" || AbsentMarkers.Any(m => value.StartsWith(m, StringComparison.OrdinalIgnoreCase)))
            {
                e.Phases[kind] = (new ElectionPhase(kind, null, null, note ?? value), line);
                return;
            }

            var parts = RangeSeparator().Split(value);
            if (parts.Length > 2)
            {
                Error(line, $"rentang \"{value}\" tidak dapat dibaca; tulis \"awal s.d. akhir\"");
                return;
            }

            // A single date is a one-day phase: parts[^1] is then the same date.
            if (!TryParseDate(parts[0], out var start, out var error) || !TryParseDate(parts[^1], out var end, out error))
            {
                Error(line, error!);
                return;
            }

            if (end < start)
            {
                Error(line, $"tahapan \"{kind.DisplayName()}\" berakhir ({IndonesianDateNames.FormatDate(end)}) sebelum mulai ({IndonesianDateNames.FormatDate(start)})");
                return;
            }

            e.Phases[kind] = (new ElectionPhase(kind, start, end, note), line);
        }

        private void ReadRegions(ElectionDraft e, string key, string value, int line)
        {
            if (!IndonesianTimeZones.TryParse(key, out var zone))
            {
                Error(line, $"zona waktu \"{key}\" tidak dikenal; tulis \"- WIB: wilayah, wilayah\" (WIB, WITA atau WIT)");
                return;
            }

            foreach (var raw in value.Split(','))
            {
                var name = raw.Trim();
                if (name.Length == 0)
                {
                    Error(line, "nama wilayah kosong (periksa tanda koma)");
                    continue;
                }

                if (e.Regions.Any(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)))
                {
                    Error(line, $"wilayah \"{name}\" disebut dua kali");
                    continue;
                }

                e.Regions.Add(new ElectionRegion(name, zone));
            }
        }

        private void FinishElection()
        {
            if (_election is not { } e)
            {
                return;
            }

            _election = null;
            if (e.Id is null)
            {
                Error(e.Line, $"pemilihan \"{e.Name}\" tidak punya \"- ID: ...\"");
            }

            foreach (var kind in ElectionPhaseKinds.All.Where(k => !e.Phases.ContainsKey(k)))
            {
                Error(e.Line, $"pemilihan \"{e.Name}\" tidak menyebut tahapan \"{kind.DisplayName()}\" (tulis \"tidak tercantum\" bila tanggalnya tidak ada di sumber)");
            }

            // An undetermined election lists what is known, never dates: a guessed date would be planned as a reminder.
            if (!e.IsDetermined)
            {
                foreach (var (kind, (phase, phaseLine)) in e.Phases.Where(p => p.Value.Phase.IsKnown))
                {
                    Error(phaseLine, $"pemilihan \"{e.Name}\" berstatus \"belum ditetapkan\", jadi tahapan \"{kind.DisplayName()}\" tidak boleh bertanggal; tulis \"belum ditetapkan\"");
                }
            }

            // Known phases must follow one another without overlapping.
            (ElectionPhase Phase, int Line)? previous = null;
            foreach (var kind in ElectionPhaseKinds.All)
            {
                if (!e.Phases.TryGetValue(kind, out var current) || !current.Phase.IsKnown)
                {
                    continue;
                }

                if (previous is { } p && current.Phase.Start <= p.Phase.End)
                {
                    Error(current.Line, $"tahapan \"{kind.DisplayName()}\" mulai {IndonesianDateNames.FormatDate(current.Phase.Start!.Value)}, padahal tahapan \"{p.Phase.Kind.DisplayName()}\" baru berakhir {IndonesianDateNames.FormatDate(p.Phase.End!.Value)}");
                }

                previous = current;
            }

            // With any error the whole parse fails, so a partial election here is never returned.
            if (e.Id is not null)
            {
                Elections.Add(new Election(
                    e.Id,
                    e.Name,
                    e.IsSample,
                    e.DefaultZone,
                    e.Source,
                    ElectionPhaseKinds.All.Select(k => e.Phases.TryGetValue(k, out var v) ? v.Phase : new ElectionPhase(k, null, null, null)).ToList(),
                    e.Regions.ToList())
                {
                    IsDetermined = e.IsDetermined,
                    Note = e.Note,
                });
            }
        }

        private void FinishReminders()
        {
            foreach (var kind in ReminderKinds.All)
            {
                if (!_templateDrafts.TryGetValue(kind, out var draft))
                {
                    Error(Math.Max(_reminderLine, 1), $"teks pengingat \"{kind}\" belum ada; tambahkan \"### {kind}\" di bawah \"## {ReminderSectionTitle}\"");
                    continue;
                }

                var body = string.Join("\n\n", draft.Blocks.Select(BlockText)).Trim();
                if (body.Length == 0)
                {
                    Error(draft.Line, $"teks pengingat \"{kind}\" kosong");
                    continue;
                }

                var unknown = AnyPlaceholder().Matches(body)
                    .Select(m => m.Groups[1].Value)
                    .Where(p => !ReminderTemplate.KnownPlaceholders.Contains(p))
                    .Distinct()
                    .ToList();
                if (unknown.Count > 0)
                {
                    Error(draft.Line, $"penanda {string.Join(", ", unknown.Select(u => "{" + u + "}"))} tidak dikenal dalam teks \"{kind}\"; yang dikenal: {string.Join(", ", ReminderTemplate.KnownPlaceholders.Select(p => "{" + p + "}"))}");
                    continue;
                }

                Templates.Add(new ReminderTemplate(kind, body));
            }
        }

        private void Error(int line, string message)
        {
            Errors.Add(new ElectionCalendarError(file, line, message));
        }

        // A paragraph's line breaks are only source wrapping: join them so chat clients reflow the text.
        private string BlockText(Block block) => block is ParagraphBlock
            ? JoinLines(Source(block))
            : Source(block);

        private string Inline(HeadingBlock heading) => Source(heading).Trim().TrimStart('#').Trim();

        private string ItemText(ListItemBlock item) =>
            item.OfType<ParagraphBlock>().FirstOrDefault() is { } paragraph ? JoinLines(Source(paragraph)) : string.Empty;

        private string Source(Block block) => text.Substring(block.Span.Start, block.Span.Length).Trim();

        private static string JoinLines(string source) =>
            string.Join(' ', source.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    private sealed class ElectionDraft(string name, int line)
    {
        public string Name { get; } = name;

        public int Line { get; } = line;

        public string? Id { get; set; }

        public bool IsSample { get; set; }

        public IndonesianTimeZone DefaultZone { get; set; } = IndonesianTimeZone.Wib;

        public string? Source { get; set; }

        public bool IsDetermined { get; set; } = true;

        public string? Note { get; set; }

        public HashSet<string> Fields { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Sections { get; } = new(StringComparer.Ordinal);

        public Dictionary<ElectionPhaseKind, (ElectionPhase Phase, int Line)> Phases { get; } = [];

        public List<ElectionRegion> Regions { get; } = [];
    }
}
