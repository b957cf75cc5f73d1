using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;

namespace NetralBot.Bot.Dashboard;

/// <summary>The not-pledged list as CSV (CsvHelper) or XLSX (ClosedXML), columns nip, nama, unit_kerja.</summary>
internal static class NotPledgedExport
{
    /// <summary>UTF-8 CSV with a header line.</summary>
    public static byte[] Csv(IReadOnlyList<RosterEmployee> employees)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            csv.WriteField("nip");
            csv.WriteField("nama");
            csv.WriteField("unit_kerja");
            csv.NextRecord();
            foreach (var employee in employees)
            {
                csv.WriteField(employee.Nip);
                csv.WriteField(employee.FullName);
                csv.WriteField(employee.WorkUnit);
                csv.NextRecord();
            }
        }

        return buffer.ToArray();
    }

    /// <summary>An XLSX workbook with one sheet; the NIP is text, so Excel keeps all 18 digits.</summary>
    public static byte[] Xlsx(IReadOnlyList<RosterEmployee> employees)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Belum ikrar");
        sheet.Cell(1, 1).Value = "nip";
        sheet.Cell(1, 2).Value = "nama";
        sheet.Cell(1, 3).Value = "unit_kerja";
        sheet.Row(1).Style.Font.Bold = true;
        for (var i = 0; i < employees.Count; i++)
        {
            sheet.Cell(i + 2, 1).SetValue(employees[i].Nip).SetDataType(XLDataType.Text);
            sheet.Cell(i + 2, 2).SetValue(employees[i].FullName).SetDataType(XLDataType.Text);
            sheet.Cell(i + 2, 3).SetValue(employees[i].WorkUnit).SetDataType(XLDataType.Text);
        }

        // Fixed widths: ClosedXML 0.95 measures text for AdjustToContents with System.Drawing, i.e. libgdiplus on Linux.
        sheet.Column(1).Width = 22;
        sheet.Column(2).Width = 32;
        sheet.Column(3).Width = 32;
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }
}
