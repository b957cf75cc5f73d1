using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using NetralBot.Bot.Common;
using NetralBot.Bot.Feedback;
using NetralBot.Bot.Hosting;
using NetralBot.Bot.Topics;
using NetralBot.Knowledge;
using NetralBot.Knowledge.Answering;
using NetralBot.Knowledge.Calendar;
using NetralBot.Knowledge.Catalog;
using NetralBot.Knowledge.Search;
using NetralBot.Knowledge.Text;

namespace NetralBot.Bot.Cli;

/// <summary>The <c>kb</c> verb: <c>kb lint</c> checks the knowledge base, <c>kb export --json</c> prints every entry.</summary>
internal static class KbCommand
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    public static Command Create()
    {
        var command = new Command("kb", "Memeriksa dan mengekspor basis pengetahuan.");

        var lintFile = KnowledgeBaseOption();
        var lint = new Command("lint", "Memeriksa basis pengetahuan; keluar dengan kode 1 bila ada kesalahan.") { lintFile };
        lint.SetAction(parse => Lint(parse.GetValue(lintFile), Console.Out, Console.Error, TimeProvider.System));
        command.Subcommands.Add(lint);

        var exportFile = KnowledgeBaseOption();
        var json = new Option<bool>("--json") { Description = "Cetak sebagai satu larik JSON (satu-satunya format saat ini)." };
        var export = new Command("export", "Mencetak semua entri sebagai JSON.") { exportFile, json };
        export.SetAction(parse => Export(parse.GetValue(exportFile), StoredPhrasingsSource.Read(Console.Error), Console.Out, Console.Error));
        command.Subcommands.Add(export);

        var checkFile = KnowledgeBaseOption();
        var selfcheck = new Command("selfcheck", "Mengukur ketepatan pencarian dengan menyisihkan sebagian pertanyaan lain (validasi silang 5 lipatan).") { checkFile };
        selfcheck.SetAction(parse => SelfCheck(parse.GetValue(checkFile), Console.Out, Console.Error));
        command.Subcommands.Add(selfcheck);
        return command;
    }

    /// <summary>The <c>--kb</c> option shared by the verbs that read the knowledge base.</summary>
    public static Option<FileInfo?> KnowledgeBaseOption() =>
        new("--kb") { Description = "Berkas basis pengetahuan (bawaan: faq-id.md di folder Content:Path, atau content/faq-id.md)." };

    /// <summary>The file <c>--kb</c> names, else <c>faq-id.md</c> in the configured content folder (<c>Content:Path</c>).</summary>
    public static string KnowledgeBasePath(FileInfo? file) =>
        file?.FullName ?? ContentFiles.KnowledgeBase(BotConfiguration.Build()["Content:Path"]);

    /// <summary>Loads the engine, or prints the problems to stderr as <c>file:line: message</c> and returns null.</summary>
    public static KnowledgeEngine? LoadEngine(FileInfo? file)
    {
        var path = KnowledgeBasePath(file);
        var problems = ContentValidator.Problems(new ContentFolder(Path.GetDirectoryName(path)!), ContentParts.KnowledgeBase, Path.GetFileName(path));
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                Console.Error.WriteLine(problem);
            }

            return null;
        }

        try
        {
            return KnowledgeEngine.FromMarkdown(File.ReadAllText(path), ContentFiles.DisplayName(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{ContentFiles.DisplayName(path)}:1: berkas tidak dapat dibaca: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// Lints the knowledge base, including the provenance rules: entries not checked for a year (today's date from
    /// <paramref name="time"/>, in WIB) and legal bases citing a regulation listed in <c>peraturan-dicabut.md</c>
    /// beside the knowledge-base file.
    /// </summary>
    public static int Lint(FileInfo? file, TextWriter output, TextWriter errors, TimeProvider time)
    {
        var knowledgeBase = Read(file, errors);
        if (knowledgeBase is null)
        {
            return 2;
        }

        var revoked = ReadRevoked(file, errors);
        if (revoked is null)
        {
            return 2;
        }

        var today = IndonesianTimeZone.Wib.LocalDate(time.GetUtcNow());
        knowledgeBase = KnowledgeBaseLinter.Lint(knowledgeBase);
        knowledgeBase = ProvenanceLinter.Lint(knowledgeBase with { Diagnostics = [.. knowledgeBase.Diagnostics, .. revoked.Value.Diagnostics] }, today, revoked.Value.Regulations);
        foreach (var diagnostic in knowledgeBase.Diagnostics)
        {
            output.WriteLine(diagnostic);
        }

        // The agency list beside the knowledge base (instansi.md), when there is one: admins edit both.
        var agencyProblems = ContentValidator.Problems(new ContentFolder(Path.GetDirectoryName(KnowledgeBasePath(file))!), ContentParts.AgencyListIfPresent);
        foreach (var problem in agencyProblems)
        {
            output.WriteLine(problem);
        }

        var topicProblems = TopicProblems(file, knowledgeBase);
        foreach (var problem in topicProblems)
        {
            output.WriteLine(problem);
        }

        var errorCount = knowledgeBase.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) + topicProblems.Count + agencyProblems.Count;
        var warningCount = knowledgeBase.Diagnostics.Count(d => d.Severity != DiagnosticSeverity.Error);
        errors.WriteLine($"{knowledgeBase.SourceName}: {knowledgeBase.Entries.Count} entri, {errorCount} kesalahan, {warningCount} peringatan.");
        return errorCount == 0 ? 0 : 1;
    }

    /// <summary>
    /// Prints every entry as JSON; <c>phrasingsFromDatabase</c> lists the phrasings admins attached on the dashboard
    /// (<paramref name="stored"/>), to be copied under <c>### Pertanyaan lain</c> in review. A stored phrasing whose
    /// entry is no longer in the file is named on stderr, so it is not lost silently.
    /// </summary>
    public static int Export(FileInfo? file, IReadOnlyList<StoredPhrasing> stored, TextWriter output, TextWriter errors)
    {
        var knowledgeBase = Read(file, errors);
        if (knowledgeBase is null)
        {
            return 2;
        }

        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartArray();
            var byEntry = stored.ToLookup(p => p.EntryId, StringComparer.Ordinal);
            foreach (var entry in knowledgeBase.Entries)
            {
                // Once copied into the file, a stored phrasing is no longer news for the reviewer.
                var written = entry.Phrasings.Prepend(entry.Question).Select(p => p.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
                WriteEntry(json, entry, byEntry[entry.Id].Select(p => p.Text).Where(text => !written.Contains(text.Trim())));
            }

            var ids = knowledgeBase.Entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var orphan in stored.Where(p => !ids.Contains(p.EntryId)))
            {
                errors.WriteLine($"Frasa dari dasbor untuk entri \"{orphan.EntryId}\" yang tidak ada lagi di berkas: {orphan.Text}");
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        return knowledgeBase.IsValid ? 0 : 1;
    }

    public static int SelfCheck(FileInfo? file, TextWriter output, TextWriter errors)
    {
        var knowledgeBase = Read(file, errors);
        if (knowledgeBase is null)
        {
            return 2;
        }

        var results = HeldOutCheck.Run(knowledgeBase.Entries, IndonesianAnalyzer.CreateDefault());
        foreach (var miss in results.Where(r => r.Found?.Id != r.Expected.Id))
        {
            output.WriteLine($"{knowledgeBase.SourceName}:{miss.Expected.Line}: {miss.Expected.Id}: \"{miss.Phrasing}\" → {miss.Found?.Id ?? "-"} ({miss.Confidence:0.00}){(miss.WrongVerdict ? " PUTUSAN SALAH" : string.Empty)}");
        }

        double total = Math.Max(1, results.Count);
        var top1 = results.Count(r => r.Found?.Id == r.Expected.Id);
        var answered = results.Count(r => r.Answered);
        var wrongVerdict = results.Count(r => r.WrongVerdict);
        // Calibration: how often the verdict is right at each confidence, to set the answer threshold on data.
        foreach (var bucket in results.GroupBy(r => Math.Min(9, (int)(r.Confidence * 10))).OrderBy(g => g.Key))
        {
            var right = bucket.Count(r => r.Found?.Verdict == r.Expected.Verdict);
            output.WriteLine($"keyakinan {bucket.Key / 10.0:0.0}–{(bucket.Key + 1) / 10.0:0.0}: {bucket.Count(),4} pertanyaan, putusan tepat {right / (double)bucket.Count():P0}");
        }

        output.WriteLine($"selfcheck: {results.Count} pertanyaan, topik tepat {top1 / total:P1}, dijawab {answered / total:P1}, putusan salah {wrongVerdict / total:P1}");
        return 0;
    }

    private static KnowledgeBase? Read(FileInfo? file, TextWriter errors)
    {
        var path = KnowledgeBasePath(file);
        try
        {
            return KnowledgeBaseParser.Parse(File.ReadAllText(path), ContentFiles.DisplayName(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"{ContentFiles.DisplayName(path)}:1: berkas tidak dapat dibaca: {e.Message}");
            return null;
        }
    }

    /// <summary>The revoked-regulation list beside the knowledge-base file; a missing list is an empty one.</summary>
    // topik.md beside the knowledge base lists its entry ids: an id that is gone is an error of the same lint.
    private static IReadOnlyList<string> TopicProblems(FileInfo? file, KnowledgeBase knowledgeBase)
    {
        var path = Path.Combine(Path.GetDirectoryName(KnowledgeBasePath(file))!, TopicCatalog.FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        var entries = knowledgeBase.Entries.Where(e => e.Id.Length > 0).Select(e => new TopicSuggestion(e.Id, e.Question)).ToList();
        return TopicOutlineParser.Parse(File.ReadAllText(path), ContentFiles.DisplayName(path), entries).Problems;
    }

    private static (IReadOnlyList<RevokedRegulation> Regulations, IReadOnlyList<KnowledgeBaseDiagnostic> Diagnostics)? ReadRevoked(FileInfo? file, TextWriter errors)
    {
        var path = Path.Combine(Path.GetDirectoryName(KnowledgeBasePath(file))!, ContentFiles.RevokedRegulationsFile);
        if (!File.Exists(path))
        {
            return ([], []);
        }

        try
        {
            return RevokedRegulations.Parse(File.ReadAllText(path), ContentFiles.DisplayName(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"{ContentFiles.DisplayName(path)}: berkas tidak dapat dibaca: {e.Message}");
            return null;
        }
    }

    private static void WriteEntry(Utf8JsonWriter json, KnowledgeEntry entry, IEnumerable<string> phrasingsFromDatabase)
    {
        json.WriteStartObject();
        json.WriteString("id", entry.Id);
        json.WriteString("verdict", entry.Verdict.ToContractName());
        json.WriteString("question", entry.Question);
        WriteArray(json, "phrasings", entry.Phrasings);
        WriteArray(json, "phrasingsFromDatabase", phrasingsFromDatabase); // attached on the dashboard, not yet in the file
        WriteArray(json, "keywords", entry.Keywords);
        json.WriteString("answer", entry.AnswerText);
        WriteNullable(json, "advice", entry.Advice);
        WriteArray(json, "basis", entry.LegalBases);
        WriteNullable(json, "sanction", entry.Sanction);
        WriteArray(json, "related", entry.Related);
        WriteArray(json, "actors", entry.Situation.Actors);
        WriteArray(json, "acts", entry.Situation.Acts);
        WriteArray(json, "conditions", entry.Situation.Conditions);
        WriteNullable(json, "intent", entry.Situation.Intent);
        WriteNullable(json, "checked", entry.CheckedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        WriteArray(json, "sources", entry.Sources);
        json.WriteNumber("line", entry.Line);
        json.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
