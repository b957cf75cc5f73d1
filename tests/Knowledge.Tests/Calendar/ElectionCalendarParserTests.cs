using NetralBot.Knowledge.Calendar;

namespace NetralBot.Knowledge.Tests.Calendar;

public sealed class ElectionCalendarParserTests
{
    [Fact]
    public void Parses_elections_phases_and_regions()
    {
        var calendar = CalendarSamples.Parse();

        Assert.Equal(["uji-2024", "uji-pilkada"], calendar.Elections.Select(e => e.Id));
        var pemilu = calendar.Find("UJI-2024")!;
        Assert.Equal("Pemilu Uji", pemilu.Name);
        Assert.False(pemilu.IsSample);
        Assert.Equal("sampel", pemilu.Source);
        Assert.Equal(new DateOnly(2024, 2, 14), pemilu.VotingDate);

        var campaign = pemilu.Phase(ElectionPhaseKind.Kampanye);
        Assert.Equal(new DateOnly(2023, 11, 28), campaign.Start);
        Assert.Equal(new DateOnly(2024, 2, 10), campaign.End);
        var quiet = pemilu.Phase(ElectionPhaseKind.MasaTenang);
        Assert.Equal(new DateOnly(2024, 2, 11), quiet.Start);
        Assert.Equal(new DateOnly(2024, 2, 13), quiet.End);
        var voting = pemilu.Phase(ElectionPhaseKind.PemungutanSuara);
        Assert.Equal(voting.Start, voting.End);

        var registration = pemilu.Phase(ElectionPhaseKind.Pendaftaran);
        Assert.False(registration.IsKnown);
        Assert.Null(registration.Start);
        Assert.Equal("tidak ada di sumber", registration.Note);
        Assert.Equal(ElectionPhaseKinds.All, pemilu.Phases.Select(p => p.Kind));
    }

    [Fact]
    public void Regions_carry_zones_and_an_election_without_regions_uses_the_default_zone()
    {
        var calendar = CalendarSamples.Parse();
        var pemilu = calendar.Find("uji-2024")!;
        var pilkada = calendar.Find("uji-pilkada")!;

        Assert.Equal(IndonesianTimeZone.Wita, pemilu.Regions.Single(r => r.Name.Equals("bali", StringComparison.OrdinalIgnoreCase)).Zone);
        Assert.Equal(IndonesianTimeZone.Wit, pemilu.Regions.Single(r => r.Name.Equals("papua", StringComparison.OrdinalIgnoreCase)).Zone);
        Assert.Equal([IndonesianTimeZone.Wib, IndonesianTimeZone.Wita, IndonesianTimeZone.Wit], pemilu.Zones);
        Assert.Empty(pilkada.Regions);
        Assert.Equal([IndonesianTimeZone.Wib], pilkada.Zones);
        Assert.True(pilkada.IsSample);
    }

    [Fact]
    public void Reminder_texts_are_read_with_paragraph_wrapping_joined()
    {
        var calendar = CalendarSamples.Parse();

        Assert.Equal(ReminderKinds.All, calendar.ReminderTemplates.Select(t => t.Kind));
        Assert.Equal("Kampanye {pemilihan} mulai {kampanye_mulai}.\n\nParagraf kedua.", calendar.Template(ReminderKinds.KampanyeH7)!.Template);
        Assert.Equal(["masa_tenang_mulai", "masa_tenang_selesai"], calendar.Template(ReminderKinds.MasaTenang)!.Placeholders);
    }

    public static TheoryData<string, string, string, string> BrokenFiles() => new()
    {
        // find, replace with, text on the expected line, expected message fragment
        { "- ID: uji-2024", "- ID: Uji 2024", "- ID: Uji 2024", "ID \"Uji 2024\" tidak sah" },
        { "- ID: uji-pilkada", "- ID: uji-2024\n- Sumber: x", "- ID: uji-2024\n- Sumber: x", "sudah dipakai" },
        { "- ID: uji-pilkada\n", "", "## Pilkada Uji", "tidak punya \"- ID: ...\"" },
        { "- Zona bawaan: WIB", "- Zona bawaan: GMT", "- Zona bawaan: GMT", "zona waktu \"GMT\" tidak dikenal" },
        { "- Contoh: ya", "- Contoh: mungkin", "- Contoh: mungkin", "harus \"ya\" atau \"tidak\"" },
        { "- Contoh: ya", "- Contoh: ya\n- Status: entahlah", "- Status: entahlah", "harus \"ditetapkan\" atau \"belum ditetapkan\"" },
        { "- Contoh: ya", "- Contoh: ya\n- Status: belum ditetapkan", "- Kampanye: 25 September 2024", "berstatus \"belum ditetapkan\", jadi tahapan \"Kampanye\" tidak boleh bertanggal" },
        { "- Sumber: sampel", "- Sumbr: sampel", "- Sumbr: sampel", "kunci \"Sumbr\" tidak dikenal" },
        { "- Sumber: sampel", "- Sumber: sampel\n- Sumber: lagi", "- Sumber: lagi", "muncul dua kali" },
        { "- Contoh: ya\n", "- Contoh: ya\n\nIni paragraf lepas.\n\n", "Ini paragraf lepas.", "teks ini tidak dikenali" },
        { "### Wilayah", "### Wilayahh", "### Wilayahh", "bagian \"Wilayahh\" tidak dikenal" },
        { "- Kampanye: 28 November 2023", "- Kampanye: 28 Nopembr 2023", "- Kampanye: 28 Nopembr 2023", "\"28 Nopembr 2023\" tidak dapat dibaca" },
        { "- Pemungutan suara: 27 November 2024", "- Pemungutan suara: 31 November 2024", "- Pemungutan suara: 31 November 2024", "November 2024 hanya sampai tanggal 30" },
        { "Rabu, 14 Februari 2024", "Kamis, 14 Februari 2024", "Kamis, 14 Februari 2024", "jatuh pada hari Rabu, bukan Kamis" },
        { "2024-02-11 s.d. 2024-02-13", "2024-02-13 s.d. 2024-02-11", "2024-02-13 s.d. 2024-02-11", "berakhir (11 Februari 2024) sebelum mulai (13 Februari 2024)" },
        { "2024-02-11 s.d.", "2024-02-10 s.d.", "2024-02-10 s.d.", "padahal tahapan \"Kampanye\" baru berakhir 10 Februari 2024" },
        { "- Pendaftaran: tidak tercantum", "- Penetapan: tidak tercantum", "- Penetapan:", "tahapan \"Penetapan\" tidak dikenal" },
        { "- Pendaftaran: 27 Agustus 2024 s.d. 29 Agustus 2024\n", "", "## Pilkada Uji", "tidak menyebut tahapan \"Pendaftaran\"" },
        { "- Kampanye: 25 September 2024 s.d. 23 November 2024\n", "- Kampanye: 25 September 2024 s.d. 23 November 2024\n- Kampanye: 1 Desember 2024\n", "- Kampanye: 1 Desember 2024", "tahapan \"Kampanye\" muncul dua kali" },
        { "- Kampanye: 25 September 2024", "- Kampanye 25 September 2024", "- Kampanye 25 September 2024", "harus berbentuk \"Kunci: nilai\"" },
        { "- WITA: Bali", "- WITA: Bali, Banten", "- WITA: Bali, Banten", "wilayah \"Banten\" disebut dua kali" },
        { "- WIT: Papua", "- WITS: Papua", "- WITS: Papua", "zona waktu \"WITS\" tidak dikenal" },
        { "- WIT: Papua", "- WIT: Papua, ", "- WIT: Papua, ", "nama wilayah kosong" },
        { "### h-1-pemungutan", "### h-2-pemungutan", "### h-2-pemungutan", "jenis pengingat \"h-2-pemungutan\" tidak dikenal" },
        { "### h-1-pemungutan\nBesok {pemungutan}.", "", "## Teks pengingat", "teks pengingat \"h-1-pemungutan\" belum ada" },
        { "Besok {pemungutan}.", "Besok {tanggal}.", "### h-1-pemungutan", "penanda {tanggal} tidak dikenal" },
        { "Besok {pemungutan}.", "", "### h-1-pemungutan", "teks pengingat \"h-1-pemungutan\" kosong" },
        { "## Teks pengingat\n", "## Teks pengingat\n\nTeks tanpa judul.\n", "Teks tanpa judul.", "harus berada di bawah judul" },
        { "### Tahapan\n- Pendaftaran: tidak", "#### Tahapan\n- Pendaftaran: tidak", "#### Tahapan", "tidak diharapkan di sini" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Broken_file_reports_file_line_and_message(string find, string replace, string lineMarker, string fragment)
    {
        Assert.Contains(find, CalendarSamples.Valid, StringComparison.Ordinal);
        var broken = ReplaceFirst(CalendarSamples.Valid, find, replace);
        int expectedLine = LineOf(broken, lineMarker);

        var ex = Assert.Throws<ElectionCalendarFormatException>(() => CalendarSamples.Parse(broken));

        var match = ex.Errors.FirstOrDefault(e => e.Message.Contains(fragment, StringComparison.Ordinal));
        Assert.True(match is not null, $"no error containing '{fragment}' in:\n{ex.Message}");
        Assert.Equal(expectedLine, match.Line);
        Assert.Equal(CalendarSamples.FileName, match.File);
        Assert.Contains($"{CalendarSamples.FileName}:{expectedLine}: {match.Message}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_problems_are_reported_together_in_line_order()
    {
        var broken = CalendarSamples.Valid
            .Replace("- Zona bawaan: WIB", "- Zona bawaan: XYZ", StringComparison.Ordinal)
            .Replace("- WIT: Papua", "- WITS: Papua", StringComparison.Ordinal);

        var ex = Assert.Throws<ElectionCalendarFormatException>(() => CalendarSamples.Parse(broken));

        Assert.Equal(2, ex.Errors.Count);
        Assert.True(ex.Errors[0].Line < ex.Errors[1].Line);
        Assert.Equal($"{CalendarSamples.FileName}:{ex.Errors[0].Line}: {ex.Errors[0].Message}", ex.Errors[0].ToString());
    }

    [Fact]
    public void Status_and_note_are_read_and_an_undetermined_election_has_no_dates()
    {
        var text = ReplaceFirst(CalendarSamples.Valid, "- Contoh: ya\n", "- Contoh: tidak\n- Status: belum ditetapkan\n- Catatan: tahun sudah pasti, tanggal belum\n");
        text = ReplaceFirst(text, "- Pendaftaran: 27 Agustus 2024 s.d. 29 Agustus 2024\n- Kampanye: 25 September 2024 s.d. 23 November 2024\n- Masa tenang: 24 November 2024 s.d. 26 November 2024\n- Pemungutan suara: 27 November 2024", "- Pendaftaran: belum ditetapkan\n- Kampanye: belum ditetapkan\n- Masa tenang: belum ditetapkan\n- Pemungutan suara: belum ditetapkan (tahun 2029)");

        var calendar = CalendarSamples.Parse(text);

        var undetermined = calendar.Find("uji-pilkada")!;
        Assert.False(undetermined.IsDetermined);
        Assert.Equal("tahun sudah pasti, tanggal belum", undetermined.Note);
        Assert.Null(undetermined.VotingDate);
        Assert.True(calendar.Find("uji-2024")!.IsDetermined); // no Status line: determined
        Assert.Null(calendar.Find("uji-2024")!.Note);
    }

    [Fact]
    public void Iso_and_single_day_dates_are_accepted()
    {
        var text = ReplaceFirst(CalendarSamples.Valid, "- Pemungutan suara: 27 November 2024", "- Pemungutan suara: 2024-11-27 (penghitungan menyusul)");

        var pilkada = CalendarSamples.Parse(text).Find("uji-pilkada")!;

        var voting = pilkada.Phase(ElectionPhaseKind.PemungutanSuara);
        Assert.Equal(new DateOnly(2024, 11, 27), voting.Start);
        Assert.Equal(new DateOnly(2024, 11, 27), voting.End);
        Assert.Equal("penghitungan menyusul", voting.Note);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }

    private static int LineOf(string text, string marker)
    {
        int at = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"marker '{marker}' not in text");
        return text[..at].Count(c => c == '\n') + 1;
    }
}
