using System.Text.RegularExpressions;

namespace NetralBot.Knowledge.Catalog;

/// <summary>A regulation the knowledge base marks as revoked, e.g. "UU 5/2014", with what replaced it.</summary>
/// <param name="Citation">The short form, "UU 5/2014".</param>
/// <param name="Note">What replaced it and since when, in the admin's words.</param>
/// <param name="Line">1-based line in the file, for messages.</param>
public sealed record RevokedRegulation(string Citation, string Note, int Line);

/// <summary>
/// The list of revoked regulations (<c>content/peraturan-dicabut.md</c>): one bullet per regulation,
/// <c>- UU 5/2014 — dicabut UU 20/2023 ...</c>. Citations are compared in their short form, so "UU No. 5 Tahun 2014",
/// "UU Nomor 5 Tahun 2014" and "UU 5/2014" are the same regulation.
/// </summary>
public static partial class RevokedRegulations
{
    /// <summary>Words that show a basis cites a revoked regulation knowingly (as history, or to say it is revoked).</summary>
    private static readonly string[] RevokedMarkers = ["dicabut", "historis", "tidak berlaku"];

    /// <summary>Reads the bullets of the file; lines that name no regulation become diagnostics.</summary>
    public static (IReadOnlyList<RevokedRegulation> Regulations, IReadOnlyList<KnowledgeBaseDiagnostic> Diagnostics) Parse(string text, string sourceName)
    {
        var regulations = new List<RevokedRegulation>();
        var diagnostics = new List<KnowledgeBaseDiagnostic>();
        var lines = (text ?? string.Empty).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith("- ", StringComparison.Ordinal))
            {
                continue;
            }

            var item = line[2..].Trim();
            var cited = Citations(item);
            if (cited.Count == 0 || !item.StartsWith(cited[0].Text, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(new(sourceName, i + 1, DiagnosticSeverity.Error, $"baris harus dimulai dengan peraturan yang dicabut, misalnya \"- UU 5/2014 — dicabut UU 20/2023\", bukan \"{item}\""));
                continue;
            }

            regulations.Add(new RevokedRegulation(cited[0].Short, item[cited[0].Text.Length..].Trim().TrimStart('—', '-', ':').Trim(), i + 1));
        }

        return (regulations, diagnostics);
    }

    /// <summary>The regulations a text cites, in their short form ("UU 5/2014"), with the text as written.</summary>
    public static IReadOnlyList<(string Short, string Text)> Citations(string text) =>
        CitationPattern().Matches(text ?? string.Empty)
            .Select(m => ($"{Kind(m.Groups["kind"].Value)} {m.Groups["number"].Value}/{m.Groups["year"].Value}", m.Value))
            .ToList();

    /// <summary>True when the text says the regulation it cites is revoked or only historical.</summary>
    public static bool MentionsRevocation(string text) =>
        RevokedMarkers.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase));

    private static string Kind(string written) => written.ToUpperInvariant() switch
    {
        "UNDANG-UNDANG" => "UU",
        "PERATURAN PEMERINTAH" => "PP",
        var k => k.Length <= 3 ? k.ToUpperInvariant() : char.ToUpperInvariant(k[0]) + k[1..].ToLowerInvariant(),
    };

    // "UU 5/2014", "UU No. 5 Tahun 2014", "UU Nomor 5 Tahun 2014", "PP 53/2010", "Perpres 91/2024".
    [GeneratedRegex(@"\b(?<kind>UU|PP|Perpres|Permen|Perban|Undang-Undang|Peraturan Pemerintah)\s+(?:No\.?\s*|Nomor\s+)?(?<number>\d+)\s*(?:/|\s+Tahun\s+)(?<year>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CitationPattern();
}
