using System.Globalization;
using System.Text;

namespace NetralBot.Knowledge.Recognizers;

/// <summary>The outcome of checking a NIP (Nomor Induk Pegawai).</summary>
/// <param name="IsValid">True when the NIP is plausible.</param>
/// <param name="Nip">The 18 digits with separators removed, or null when the input had no digits to keep.</param>
/// <param name="Error">An Indonesian message saying what is wrong, or null when valid.</param>
public sealed record NipCheck(bool IsValid, string? Nip, string? Error);

/// <summary>
/// Checks the structure of an 18-digit NIP: birth date (yyyyMMdd), appointment year and month (yyyyMM),
/// sex digit (1 or 2) and a 3-digit serial. Pure: the current date is passed in.
/// </summary>
public static class NipValidator
{
    private const int MinimumAgeAtAppointment = 17;
    private const int MaximumAge = 70;

    /// <summary>Validates <paramref name="input"/>; spaces, dots and hyphens between digits are allowed.</summary>
    public static NipCheck Validate(string? input, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Fail(null, "NIP belum diisi. Ketik 18 digit NIP Anda, misalnya 198503122010011004.");
        }

        var digits = new StringBuilder(18);
        foreach (var c in input.Trim())
        {
            if (c is >= '0' and <= '9')
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '.' or '-'))
            {
                return Fail(null, "NIP hanya boleh berisi angka (spasi dan titik pemisah boleh). Ketik 18 digit NIP Anda.");
            }
        }

        var nip = digits.ToString();
        if (nip.Length != 18)
        {
            return Fail(nip, $"NIP harus 18 digit, yang Anda ketik {nip.Length} digit. Periksa kembali NIP Anda.");
        }

        if (!DateOnly.TryParseExact(nip[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth))
        {
            return Fail(nip, $"Digit 1–8 NIP adalah tanggal lahir (tahun-bulan-tanggal), tetapi \"{nip[..8]}\" bukan tanggal yang ada.");
        }

        if (birth > today)
        {
            return Fail(nip, $"Digit 1–8 NIP adalah tanggal lahir; {birth:dd-MM-yyyy} masih di masa depan. Periksa kembali NIP Anda.");
        }

        var age = AgeOn(birth, today);
        if (age < MinimumAgeAtAppointment || age > MaximumAge)
        {
            return Fail(nip, $"Digit 1–8 NIP adalah tanggal lahir; {birth:dd-MM-yyyy} berarti usia {age} tahun, di luar usia pegawai ({MinimumAgeAtAppointment}–{MaximumAge} tahun).");
        }

        var year = int.Parse(nip[8..12], CultureInfo.InvariantCulture);
        var month = int.Parse(nip[12..14], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return Fail(nip, $"Digit 9–14 NIP adalah tahun dan bulan pengangkatan, tetapi bulan \"{nip[12..14]}\" tidak ada (harus 01–12).");
        }

        var appointed = new DateOnly(Math.Clamp(year, 1, 9999), month, 1);
        if (year < birth.Year)
        {
            return Fail(nip, $"Digit 9–14 NIP adalah tahun dan bulan pengangkatan; tahun {year} lebih awal dari tahun lahir {birth.Year}. Periksa kembali NIP Anda.");
        }

        if (year < birth.Year + MinimumAgeAtAppointment)
        {
            return Fail(nip, $"Digit 9–14 NIP adalah tahun dan bulan pengangkatan; tahun {year} terlalu dekat dengan tahun lahir {birth.Year} (minimal usia {MinimumAgeAtAppointment} tahun saat diangkat).");
        }

        if (appointed > new DateOnly(today.Year, today.Month, 1))
        {
            return Fail(nip, $"Digit 9–14 NIP adalah tahun dan bulan pengangkatan; {month:00}-{year} masih di masa depan.");
        }

        if (nip[14] is not ('1' or '2'))
        {
            return Fail(nip, $"Digit ke-15 NIP adalah kode jenis kelamin (1 = laki-laki, 2 = perempuan), tetapi tertulis \"{nip[14]}\".");
        }

        return new NipCheck(true, nip, null);
    }

    private static int AgeOn(DateOnly birth, DateOnly today)
    {
        var age = today.Year - birth.Year;
        return today < birth.AddYears(age) ? age - 1 : age;
    }

    private static NipCheck Fail(string? nip, string error) => new(false, nip, error);
}
