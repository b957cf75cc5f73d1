using System.Text.RegularExpressions;

namespace NetralBot.Bot.Cli;

/// <summary>
/// System.CommandLine 2.0.0 ships its messages in 13 languages but not Indonesian, and offers no public hook to replace
/// them, so its parse errors are translated here by their (stable) English templates; an unknown one passes unchanged.
/// </summary>
internal static partial class ParseErrorTexts
{
    private static readonly (Regex Pattern, string Indonesian)[] Templates =
    [
        (new(@"^Required command was not provided\.$"), "Perintah belum disebutkan."),
        (new(@"^Required argument missing for command: '(.+)'\.$"), "Argumen wajib untuk perintah '$1' belum diisi."),
        (new(@"^Required argument missing for option: '(.+)'\.$"), "Opsi '$1' memerlukan nilai."),
        (new(@"^Option '(.+)' is required\.$"), "Opsi '$1' wajib diisi."),
        (new(@"^Unrecognized command or argument '(.+)'\.$"), "Perintah atau argumen '$1' tidak dikenal."),
        (new(@"^Argument '(.+)' not recognized\. Must be one of:\s*(.*)$", RegexOptions.Singleline), "Nilai '$1' tidak dikenal. Pilihan yang sah: $2."),
        (new(@"^Cannot parse argument '(.*)' for option '(.+)' as expected type '(.+)'\..*$", RegexOptions.Singleline), "Nilai '$1' untuk opsi '$2' tidak valid (diharapkan $3)."),
        (new(@"^Cannot parse argument '(.*)' for command '(.+)' as expected type '(.+)'\..*$", RegexOptions.Singleline), "Argumen '$1' untuk perintah '$2' tidak valid (diharapkan $3)."),
        (new(@"^Cannot parse argument '(.*)' as expected type '(.+)'\.$"), "Argumen '$1' tidak valid (diharapkan $2)."),
        (new(@"^Option '(.+)' expects a single argument but (\d+) were provided\.$"), "Opsi '$1' hanya menerima satu nilai, tetapi diberi $2."),
        (new(@"^File does not exist: '(.+)'\.$"), "Berkas tidak ada: '$1'."),
        (new(@"^Directory does not exist: '(.+)'\.$"), "Folder tidak ada: '$1'."),
    ];

    /// <summary>The Indonesian text of one parse error.</summary>
    public static string Translate(string message)
    {
        foreach (var (pattern, indonesian) in Templates)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                var text = match.Result(indonesian)
                    .Replace("System.Int64", "bilangan bulat", StringComparison.Ordinal)
                    .Replace("System.Int32", "bilangan bulat", StringComparison.Ordinal)
                    .Replace("System.Boolean", "true atau false", StringComparison.Ordinal);
                // "Must be one of" lists values on separate tab-indented lines.
                return WhiteSpace().Replace(text, " ").Replace("' '", "', '", StringComparison.Ordinal).Trim();
            }
        }

        return message;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
