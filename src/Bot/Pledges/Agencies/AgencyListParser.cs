using System.Globalization;

namespace NetralBot.Bot.Pledges.Agencies;

/// <summary>
/// Reads <c>content/instansi.md</c>: a <c>## Singkatan</c> section of <c>- singkatan: kata lengkap</c> lines and a
/// <c>## Instansi</c> section where each <c>### Canonical name</c> is followed by <c>- other spelling</c> lines. Other
/// lines (title, explanations) are ignored. Errors are <c>file:line: message</c>, as <c>kb lint</c> writes them.
/// </summary>
internal static class AgencyListParser
{
    /// <summary>The file name inside the content folder.</summary>
    public const string FileName = "instansi.md";

    /// <summary>Parses the file; <paramref name="errors"/> is empty when the list is usable.</summary>
    public static AgencyList Parse(string text, string fileName, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        var abbreviations = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var agencies = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        var lineOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        string? section = null;
        var inSections = false;
        List<string>? spellings = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var at = $"{fileName}:{(i + 1).ToString(CultureInfo.InvariantCulture)}: ";
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                var name = line[4..].Trim();
                if (section != "instansi")
                {
                    problems.Add(at + "nama instansi (###) hanya di bawah bagian \"## Instansi\"");
                }
                else if (name.Length is < 2 or > 200 || !name.Any(char.IsLetter))
                {
                    problems.Add(at + "nama instansi harus 2–200 karakter dan berisi huruf");
                }
                else if (!agencies.TryAdd(name, spellings = []))
                {
                    problems.Add(at + $"instansi \"{name}\" sudah tercantum di baris {lineOf[name]}");
                }
                else
                {
                    lineOf[name] = i + 1;
                }

                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..].Trim().ToLowerInvariant() switch
                {
                    "singkatan" => "singkatan",
                    "instansi" => "instansi",
                    _ => null,
                };
                spellings = null;
                inSections = true;
                if (section is null)
                {
                    problems.Add(at + "bagian tidak dikenal; yang ada hanya \"## Singkatan\" dan \"## Instansi\"");
                }

                continue;
            }

            if (!inSections || !line.StartsWith("- ", StringComparison.Ordinal))
            {
                continue; // title and explanations, also their lists before the first section
            }

            var item = line[2..].Trim();
            if (section == "singkatan")
            {
                var colon = item.IndexOf(':', StringComparison.Ordinal);
                var shortForm = colon > 0 ? item[..colon].Trim() : string.Empty;
                var longForm = colon > 0 ? item[(colon + 1)..].Trim() : string.Empty;
                if (shortForm.Length == 0 || shortForm.Contains(' ', StringComparison.Ordinal) || longForm.Length == 0)
                {
                    problems.Add(at + "singkatan ditulis \"- singkatan: kata lengkap\" (singkatan satu kata)");
                }
                else if (!abbreviations.TryAdd(shortForm, longForm))
                {
                    problems.Add(at + $"singkatan \"{shortForm}\" sudah tercantum");
                }
            }
            else if (section == "instansi" && spellings is not null)
            {
                if (item.Length is < 2 or > 200 || !item.Any(char.IsLetter))
                {
                    problems.Add(at + "ejaan lain harus 2–200 karakter dan berisi huruf");
                }
                else
                {
                    spellings.Add(item);
                }
            }
            else
            {
                problems.Add(at + "baris \"- …\" harus berada di bawah \"## Singkatan\" atau di bawah sebuah \"### Nama Instansi\"");
            }
        }

        if (agencies.Count == 0)
        {
            problems.Add($"{fileName}:1: tidak ada instansi (\"### Nama Instansi\" di bawah \"## Instansi\")");
        }

        var list = new AgencyList(agencies, abbreviations);
        // After normalisation one spelling must lead to one agency, or the match would depend on file order.
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, others) in agencies)
        {
            foreach (var spelling in others.Prepend(canonical))
            {
                var key = list.Normalize(spelling);
                if (owner.TryGetValue(key, out var first) && !string.Equals(first, canonical, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{fileName}:{lineOf[canonical].ToString(CultureInfo.InvariantCulture)}: ejaan \"{spelling}\" juga menunjuk instansi \"{first}\"");
                }
                else
                {
                    owner[key] = canonical;
                }
            }
        }

        errors = problems;
        return list;
    }
}
