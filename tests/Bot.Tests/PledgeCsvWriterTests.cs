using NetralBot.Bot.Common;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Tests;

public class PledgeCsvWriterTests
{
    [Fact]
    public async Task Quotes_commas_quotes_newlines_and_neutralizes_formulas()
    {
        var pledge = new Pledge("e1", "NB-1", "Budi, \"Bud\"", EmploymentStatus.Pppk, "198503122010011004", "=HYPERLINK(\"x\")", "Unit\nDua", Channel.Telegram, "1", "v1", "abc", new DateTimeOffset(2026, 11, 23, 1, 2, 3, TimeSpan.Zero));
        var writer = new StringWriter();
        await PledgeCsvWriter.WriteAsync(writer, [pledge]);
        var csv = writer.ToString();
        Assert.Contains("\"Budi, \"\"Bud\"\"\"", csv);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", csv);
        Assert.Contains("\"Unit\nDua\"", csv);
        Assert.Contains("PPPK", csv);
        Assert.EndsWith("2026-11-23T01:02:03Z,1,,,\r\n", csv); // version 1, never corrected, agency not flagged, not anonymised
    }

    [Fact]
    public async Task A_csv_reader_gets_every_field_back()
    {
        var pledge = new Pledge("e1", "NB-2", "Siti \"Ani\", S.Pd", EmploymentStatus.Pns, "198503122010011004", "Dinas A; B", "Unit\r\nDua", Channel.WhatsApp, "6281234567890", "v1", "abc", new DateTimeOffset(2026, 11, 23, 1, 2, 3, TimeSpan.Zero));
        var writer = new StringWriter();
        await PledgeCsvWriter.WriteAsync(writer, [pledge, pledge with { ReceiptCode = "NB-3" }]);

        using var reader = new CsvHelper.CsvReader(new StringReader(writer.ToString()), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(reader.Read());
        reader.ReadHeader();
        Assert.Equal(PledgeCsvWriter.Header, reader.HeaderRecord);
        var receipts = new List<string>();
        while (reader.Read())
        {
            receipts.Add(reader.GetField("receipt_code")!);
            Assert.Equal("Siti \"Ani\", S.Pd", reader.GetField("full_name"));
            Assert.Equal("Unit\r\nDua", reader.GetField("work_unit"));
            Assert.Equal("whatsapp", reader.GetField("channel"));
            Assert.Equal("6281234567890", reader.GetField("channel_user_id"));
        }

        Assert.Equal(["NB-2", "NB-3"], receipts);
    }
}
