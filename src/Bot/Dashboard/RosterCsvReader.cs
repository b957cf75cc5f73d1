using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using NetralBot.Knowledge.Recognizers;

namespace NetralBot.Bot.Dashboard;

/// <summary>
/// Reads an agency's roster CSV (CsvHelper; comma or semicolon, as Excel writes it in Indonesia): columns <c>nip</c>,
/// <c>nama</c>, <c>unit_kerja</c> (or <c>unit</c>) and optionally <c>instansi</c>, which must then name the agency
/// imported for. Each line is checked: an 18-digit number must be a valid NIP, anything else a non-ASN id of letters,
/// digits and dashes; a NIP twice is a duplicate; an unknown column is reported once.
/// </summary>
internal static class RosterCsvReader
{
    /// <summary>The most rows one file may hold.</summary>
    public const int MaxRows = 200_000;

    private static readonly Dictionary<string, string> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nip"] = "nip",
        ["nama"] = "nama",
        ["unit_kerja"] = "unit",
        ["unit kerja"] = "unit",
        ["unit"] = "unit",
        ["instansi"] = "instansi",
    };

    /// <summary>Reads and checks <paramref name="text"/> for <paramref name="agency"/>; <paramref name="today"/> dates the NIP check.</summary>
    public static RosterImport Read(string text, string agency, DateOnly today)
    {
        var errors = new List<RosterLineError>();
        var employees = new List<RosterEmployee>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            BadDataFound = null,
            MissingFieldFound = null,
            TrimOptions = TrimOptions.Trim,
        };
        using var csv = new CsvReader(new StringReader(text), configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            return new RosterImport([], [new RosterLineError(1, "Berkas kosong: baris pertama harus judul kolom nip, nama, unit_kerja.")]);
        }

        var positions = new Dictionary<string, int>();
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            if (!Columns.TryGetValue(name, out var column))
            {
                errors.Add(new RosterLineError(1, $"Kolom tidak dikenal: \"{name}\" (kolom yang dikenal: nip, nama, unit_kerja, instansi)."));
            }
            else if (!positions.TryAdd(column, i))
            {
                errors.Add(new RosterLineError(1, $"Kolom \"{name}\" muncul dua kali."));
            }
        }

        foreach (var required in new[] { "nip", "nama", "unit" })
        {
            if (!positions.ContainsKey(required))
            {
                errors.Add(new RosterLineError(1, $"Kolom wajib tidak ada: {(required == "unit" ? "unit_kerja" : required)}."));
            }
        }

        if (errors.Count > 0)
        {
            return new RosterImport([], errors);
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            string Field(string column) => positions.TryGetValue(column, out var at) ? (csv.GetField(at) ?? string.Empty).Trim() : string.Empty;
            var nip = Field("nip").Replace(" ", string.Empty, StringComparison.Ordinal);
            var name = Field("nama");
            var unit = Field("unit");
            if (nip.Length == 0 && name.Length == 0 && unit.Length == 0)
            {
                continue; // a blank line
            }

            if (employees.Count + errors.Count >= MaxRows)
            {
                errors.Add(new RosterLineError(line, $"Berkas terlalu besar: paling banyak {MaxRows:N0} baris.".Replace(',', '.')));
                break;
            }

            var problem = NipProblem(nip, today)
                ?? (name.Length == 0 ? "nama kosong" : null)
                ?? (unit.Length == 0 ? "unit_kerja kosong" : null)
                ?? (Field("instansi") is { Length: > 0 } named && !string.Equals(named, agency, StringComparison.OrdinalIgnoreCase)
                    ? $"instansi \"{named}\" bukan {agency}"
                    : null);
            if (problem is null && !seen.TryAdd(nip, line))
            {
                problem = $"NIP {nip} ganda (sudah ada di baris {seen[nip]})";
            }

            if (problem is not null)
            {
                errors.Add(new RosterLineError(line, problem));
            }
            else
            {
                employees.Add(new RosterEmployee(nip, name, unit));
            }
        }

        if (employees.Count == 0 && errors.Count == 0)
        {
            errors.Add(new RosterLineError(2, "Tidak ada baris pegawai."));
        }

        return new RosterImport(employees, errors);
    }

    private static string? NipProblem(string nip, DateOnly today)
    {
        if (nip.Length == 0)
        {
            return "NIP kosong";
        }

        if (nip.All(char.IsAsciiDigit))
        {
            var check = NipValidator.Validate(nip, today);
            return check.IsValid ? null : $"NIP {nip} tidak valid: {check.Error}";
        }

        // Non-ASN staff have no NIP: an id of letters, digits and dashes with at least one letter.
        return nip.Length <= 30 && nip.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && nip.Any(char.IsAsciiLetter)
            ? null
            : $"NIP \"{nip}\" tidak valid (18 angka, atau ID non-ASN berupa huruf, angka dan tanda -)";
    }
}
