using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace NetralBot.Bot.Pledges;

/// <summary>Writes pledges as RFC 4180 CSV (CsvHelper) with a header line.</summary>
internal static class PledgeCsvWriter
{
    /// <summary>The header, in column order.</summary>
    public static readonly IReadOnlyList<string> Header =
    [
        "receipt_code", "election_id", "full_name", "status", "nip", "agency", "work_unit", "channel", "channel_user_id",
        "pledge_text_version", "pledge_text_sha256", "pledged_at_utc", "version", "corrected_at_utc", "agency_unlisted", "anonymised_at_utc",
    ];

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        // A cell starting with = + - @ would run as a formula in a spreadsheet: CsvHelper prefixes an apostrophe.
        InjectionOptions = InjectionOptions.Escape,
        // With an explicit NewLine CsvHelper quotes only fields holding that exact sequence; a bare LF in a work unit
        // would then split the record in most readers.
        ShouldQuote = args => args.Field is { } field && field.AsSpan().IndexOfAny(",\"\r\n") >= 0,
    };

    /// <summary>
    /// Writes the header and one line per pledge (CRLF line ends): the latest version of each, with its version number,
    /// the time of the latest correction, whether the agency is missing from the agency list, and when it was anonymised.
    /// </summary>
    public static async Task WriteAsync(TextWriter writer, IEnumerable<Pledge> pledges)
    {
        // leaveOpen: the caller owns the writer (stdout, a file, a memory stream for /ekspor).
        await using var csv = new CsvWriter(writer, Configuration, leaveOpen: true);
        foreach (var column in Header)
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync();
        foreach (var p in pledges)
        {
            csv.WriteField(p.ReceiptCode);
            csv.WriteField(p.ElectionId);
            csv.WriteField(p.FullName);
            csv.WriteField(p.Status.ToDisplayName());
            csv.WriteField(p.Nip ?? string.Empty);
            csv.WriteField(p.Agency);
            csv.WriteField(p.WorkUnit);
            csv.WriteField(p.Channel.Name);
            csv.WriteField(p.AnonymisedAt is null ? p.ChannelUserId : string.Empty);
            csv.WriteField(p.PledgeTextVersion);
            csv.WriteField(p.PledgeTextSha256);
            csv.WriteField(Utc(p.PledgedAt));
            csv.WriteField(p.Version.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(p.CorrectedAt is { } corrected ? Utc(corrected) : string.Empty);
            csv.WriteField(p.AgencyUnlisted ? "ya" : string.Empty);
            // An anonymised pledge keeps its evidence (receipt, agency, unit, status, dates) with empty name, NIP and account.
            csv.WriteField(p.AnonymisedAt is { } anonymised ? Utc(anonymised) : string.Empty);
            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
    }

    private static string Utc(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
