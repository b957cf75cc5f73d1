using System.Text;
using NetralBot.Knowledge.Answering;
using NetralBot.Knowledge.Situation;

namespace NetralBot.Knowledge.Catalog;

/// <summary>
/// Checks a parsed knowledge base for what would make the bot answer wrongly or not at all:
/// duplicate or missing ids, missing verdict, answer or legal basis, links to unknown entries,
/// and the same phrasing under two entries (which makes retrieval ambiguous).
/// </summary>
public static class KnowledgeBaseLinter
{
    /// <summary>The fewest alternate phrasings an entry may have.</summary>
    public const int MinimumPhrasings = 5;

    private static readonly System.Text.RegularExpressions.Regex IdShape =
        new("^[a-z0-9]+(-[a-z0-9]+)*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Returns the knowledge base with the linter's findings added to the parser's diagnostics.</summary>
    public static KnowledgeBase Lint(KnowledgeBase knowledgeBase)
    {
        var file = knowledgeBase.SourceName;
        var found = new List<KnowledgeBaseDiagnostic>(knowledgeBase.Diagnostics);
        void Error(int line, string message) => found.Add(new(file, line, DiagnosticSeverity.Error, message));
        void Warning(int line, string message) => found.Add(new(file, line, DiagnosticSeverity.Warning, message));

        var entries = knowledgeBase.Entries;
        if (entries.Count == 0)
        {
            Error(1, "berkas tidak berisi entri (setiap entri dimulai dengan judul \"## pertanyaan\")");
        }

        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Id.Length == 0)
            {
                Error(entry.Line, "entri tanpa ID (tambahkan \"- ID: nama-topik\")");
            }
            else if (!IdShape.IsMatch(entry.Id))
            {
                Error(entry.Line, $"ID \"{entry.Id}\" hanya boleh berisi huruf kecil, angka dan tanda minus");
            }
            else if (!firstLineOfId.TryAdd(entry.Id, entry.Line))
            {
                Error(entry.Line, $"ID \"{entry.Id}\" sudah dipakai entri di baris {firstLineOfId[entry.Id]}");
            }

            if (entry.Question.Length == 0)
            {
                Error(entry.Line, "judul entri (pertanyaan utama) kosong");
            }

            if (entry.Verdict == Verdict.TidakTahu)
            {
                Error(entry.Line, "entri tanpa putusan yang sah (tulis \"- Putusan: BOLEH | DILARANG | BERSYARAT | INFO\")");
            }

            if (entry.AnswerText.Length == 0)
            {
                Error(entry.Line, "entri tanpa jawaban (tambahkan bagian \"### Jawaban\")");
            }

            if (entry.LegalBases.Count == 0)
            {
                Error(entry.Line, "entri tanpa dasar hukum (tambahkan bagian \"### Dasar hukum\")");
            }

            if (entry.Verdict is Verdict.Dilarang or Verdict.Bersyarat && entry.Advice is null)
            {
                Error(entry.Line, $"putusan {entry.Verdict.ToContractName()} perlu bagian \"### Sebaiknya\" (apa yang sebaiknya dilakukan)");
            }

            if (entry.Phrasings.Count < MinimumPhrasings)
            {
                Error(entry.Line, $"entri perlu paling sedikit {MinimumPhrasings} pertanyaan lain, baru ada {entry.Phrasings.Count}");
            }

            if (entry.AnswerText.Length > 0 && entry.Verdict != Verdict.TidakTahu)
            {
                if (VerdictWording.Contradiction(entry.Verdict, entry.AnswerText) is { } contradiction)
                {
                    Error(entry.Line, $"entri \"{entry.Id}\": {contradiction}; judul putusan dan teks jawaban harus sejalan");
                }
                else if (VerdictWording.OpensWithoutVerdict(entry.Verdict, entry.AnswerText))
                {
                    Warning(entry.Line, $"entri \"{entry.Id}\": kalimat pertama jawaban tidak menyebut putusan (mulai dengan \"Boleh.\", \"Boleh dengan syarat.\" atau \"Tidak boleh.\")");
                }
            }

            LintSituation(entry, Warning);

            if (entry.CheckedOn is null)
            {
                Warning(entry.Line, "entri tanpa tanggal pemeriksaan (tambahkan \"- Diperiksa: TTTT-BB-HH\")");
            }
        }

        foreach (var entry in entries)
        {
            foreach (var related in entry.Related)
            {
                if (!firstLineOfId.ContainsKey(related))
                {
                    Error(entry.Line, $"entri \"{entry.Id}\" merujuk ke ID \"{related}\" yang tidak ada");
                }
                else if (related == entry.Id)
                {
                    Warning(entry.Line, $"entri \"{entry.Id}\" merujuk ke dirinya sendiri");
                }
            }
        }

        var ownerOfPhrasing = new Dictionary<string, KnowledgeEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var phrasing in entry.Phrasings.Prepend(entry.Question).Distinct())
            {
                var key = Comparable(phrasing);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!ownerOfPhrasing.TryAdd(key, entry) && ownerOfPhrasing[key] != entry)
                {
                    var other = ownerOfPhrasing[key];
                    Error(entry.Line, $"pertanyaan \"{phrasing}\" juga ada di entri \"{other.Id}\" (baris {other.Line}); satu pertanyaan hanya boleh di satu entri");
                }
            }
        }

        found.Sort((a, b) => a.Line.CompareTo(b.Line));
        return knowledgeBase with { Diagnostics = found };
    }

    private static void LintSituation(KnowledgeEntry entry, Action<int, string> warning)
    {
        var situation = entry.Situation;
        void Unknown(IEnumerable<string> values, IReadOnlySet<string> known, string key)
        {
            foreach (var value in values.Where(v => !known.Contains(v)))
            {
                warning(entry.Line, $"entri \"{entry.Id}\": {key} \"{value}\" tidak dikenal (yang dikenal: {string.Join(", ", known.Order(StringComparer.Ordinal))})");
            }
        }

        Unknown(situation.Actors, SituationVocabulary.Actors, "Pelaku");
        Unknown(situation.Acts, SituationVocabulary.Acts, "Perbuatan");
        Unknown(situation.Conditions, SituationVocabulary.Conditions, "Syarat");
        Unknown(situation.Intent is null ? [] : [situation.Intent], SituationVocabulary.Intents, "Maksud");
    }

    /// <summary>Lower case, letters and digits only, single spaces: "Boleh gak?!" and "boleh  gak" compare equal.</summary>
    private static string Comparable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }
}
