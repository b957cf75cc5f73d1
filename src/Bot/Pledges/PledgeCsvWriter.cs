using System.Globalization;
using System.Text;

namespace NetralBot.Bot.Pledges;

/// <summary>Writes pledges as RFC 4180 CSV with a header line.</summary>
public static class PledgeCsvWriter
{
    /// <summary>The header, in column order.</summary>
    public static readonly IReadOnlyList<string> Header =
    [
        "receipt_code", "election_id", "full_name", "status", "nip", "agency", "work_unit", "channel", "channel_user_id",
        "pledge_text_version", "pledge_text_sha256", "pledged_at_utc",
    ];

    /// <summary>Writes the header and one line per pledge (CRLF line ends).</summary>
    public static async Task WriteAsync(TextWriter writer, IEnumerable<Pledge> pledges)
    {
        await writer.WriteAsync(string.Join(',', Header) + "\r\n");
        foreach (var p in pledges)
        {
            string[] cells =
            [
                p.ReceiptCode, p.ElectionId, p.FullName, p.Status.ToDisplayName(), p.Nip ?? string.Empty, p.Agency, p.WorkUnit,
                p.Channel, p.ChannelUserId, p.PledgeTextVersion, p.PledgeTextSha256,
                p.PledgedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ];
            await writer.WriteAsync(string.Join(',', cells.Select(Escape)) + "\r\n");
        }

        await writer.FlushAsync();
    }

    private static string Escape(string value)
    {
        // A cell starting with = + - @ would run as a formula in a spreadsheet; a leading apostrophe keeps it text.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        if (value.IndexOfAny([',', '"', '\r', '\n']) < 0)
        {
            return value;
        }

        return new StringBuilder(value.Length + 2).Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
