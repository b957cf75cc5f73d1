using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace NetralBot.Bot.Pledges;

/// <summary>
/// Reads the pledge text from <c>content/ikrar.md</c>: the version from a <c>version:</c>/<c>versi:</c> line
/// (front matter or body), the title from the first heading, the points from the numbered list.
/// </summary>
internal static partial class PledgeTextParser
{
    /// <summary>Parses the file text; throws <see cref="FormatException"/> when it has no numbered points.</summary>
    public static PledgeText Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(markdown)));
        string? version = null;
        string? title = null;
        var points = new List<string>();
        var inPoint = false;
        foreach (var rawLine in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = rawLine.Trim();
            var versionMatch = VersionLine().Match(line);
            if (version is null && versionMatch.Success)
            {
                version = versionMatch.Groups["v"].Value.Trim().Trim('"', '\'', '*', '`');
                inPoint = false;
                continue;
            }

            if (title is null && line.StartsWith('#'))
            {
                title = line.TrimStart('#').Trim();
                continue;
            }

            var pointMatch = PointLine().Match(line);
            if (pointMatch.Success)
            {
                points.Add(pointMatch.Groups["t"].Value.Trim());
                inPoint = true;
            }
            else if (inPoint && line.Length > 0 && !line.StartsWith('#') && rawLine.StartsWith(' '))
            {
                points[^1] += " " + line; // an indented continuation of the previous point
            }
            else if (line.Length == 0 || line.StartsWith('#'))
            {
                inPoint = false;
            }
        }

        if (points.Count == 0)
        {
            throw new FormatException("The pledge text has no numbered points (\"1. ...\").");
        }

        return new PledgeText(version ?? "tanpa-versi", title ?? "Ikrar Netralitas ASN", points, sha);
    }

    [GeneratedRegex(@"^(?:[-*]\s*)?\**(?:version|versi)\**\s*[:=]\s*(?<v>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex VersionLine();

    [GeneratedRegex(@"^(?<n>\d{1,2})[.)]\s+(?<t>.+)$")]
    private static partial Regex PointLine();
}
