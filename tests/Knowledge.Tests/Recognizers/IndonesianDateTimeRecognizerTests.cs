using System.Globalization;
using NetralBot.Knowledge.Calendar;
using NetralBot.Knowledge.Recognizers;

namespace NetralBot.Knowledge.Tests.Recognizers;

public sealed class IndonesianDateTimeRecognizerTests
{
    // Senin, 16 September 2024 pukul 10.00 WIB.
    private static readonly DateTimeOffset Now = new(2024, 9, 16, 10, 0, 0, TimeSpan.FromHours(7));

    private readonly IndonesianDateTimeRecognizer _recognizer = new();

    [Theory]
    [InlineData("besok 07.00", "2024-09-17 07:00 +07:00", true)]
    [InlineData("besok pagi", "2024-09-17 07:00 +07:00", true)]
    [InlineData("lusa jam 8", "2024-09-18 08:00 +07:00", true)]
    [InlineData("hari ini pukul 15:30", "2024-09-16 15:30 +07:00", true)]
    [InlineData("Senin depan", "2024-09-23 07:00 +07:00", false)]
    [InlineData("senin dpn jam 9 pagi", "2024-09-23 09:00 +07:00", true)]
    [InlineData("25 September 2024 pukul 08.00 WIB", "2024-09-25 08:00 +07:00", true)]
    [InlineData("25/09/2024 08:00", "2024-09-25 08:00 +07:00", true)]
    [InlineData("25-9-2024 jam 8 malam WITA", "2024-09-25 20:00 +08:00", true)]
    [InlineData("tgl 1 okt 2024 07.00 WIT", "2024-10-01 07:00 +09:00", true)]
    [InlineData("3 hari lagi", "2024-09-19 07:00 +07:00", false)]
    [InlineData("minggu depan", "2024-09-23 07:00 +07:00", false)]
    [InlineData("pekan depan jam 10", "2024-09-23 10:00 +07:00", true)]
    [InlineData("nanti malam", "2024-09-16 19:00 +07:00", true)]
    [InlineData("jam 7", "2024-09-17 07:00 +07:00", true)]
    [InlineData("jam 11", "2024-09-16 11:00 +07:00", true)]
    [InlineData("jam 1 siang", "2024-09-16 13:00 +07:00", true)]
    [InlineData("jam 4 sore", "2024-09-16 16:00 +07:00", true)]
    [InlineData("Jum'at jam 14.00", "2024-09-20 14:00 +07:00", true)]
    [InlineData("jumat", "2024-09-20 07:00 +07:00", false)]
    [InlineData("kamis", "2024-09-19 07:00 +07:00", false)]
    [InlineData("senin", "2024-09-23 07:00 +07:00", false)]
    [InlineData("senin jam 15.00", "2024-09-16 15:00 +07:00", true)]
    [InlineData("hari minggu depan", "2024-09-22 07:00 +07:00", false)]
    [InlineData("ahad pagi", "2024-09-22 07:00 +07:00", true)]
    [InlineData("sabtu ini", "2024-09-21 07:00 +07:00", false)]
    [InlineData("2 minggu lagi", "2024-09-30 07:00 +07:00", false)]
    [InlineData("seminggu lagi", "2024-09-23 07:00 +07:00", false)]
    [InlineData("bulan depan", "2024-10-16 07:00 +07:00", false)]
    [InlineData("1 januari", "2025-01-01 07:00 +07:00", false)]
    [InlineData("10 september", "2025-09-10 07:00 +07:00", false)]
    [InlineData("16 september jam 12", "2024-09-16 12:00 +07:00", true)]
    [InlineData("16 september", "2025-09-16 07:00 +07:00", false)]
    [InlineData("17 agt 2025", "2025-08-17 07:00 +07:00", false)]
    [InlineData("14 pebruari 2024", "2024-02-14 07:00 +07:00", false)]
    [InlineData("1 nopember 2024 pukul 7.30", "2024-11-01 07:30 +07:00", true)]
    [InlineData("04/05/2025", "2025-05-04 07:00 +07:00", false)]
    [InlineData("25.12.2024 18.00", "2024-12-25 18:00 +07:00", true)]
    [InlineData("jam setengah 8 malam", "2024-09-16 19:30 +07:00", true)]
    [InlineData("besok jam 8 lewat 15 menit", "2024-09-17 08:15 +07:00", true)]
    [InlineData("besok jam 8 kurang seperempat", "2024-09-17 07:45 +07:00", true)]
    [InlineData("Rabu, 25 September 2024 pukul 08.00", "2024-09-25 08:00 +07:00", true)]
    [InlineData("jam 12 malam", "2024-09-17 00:00 +07:00", true)]
    [InlineData("besok 07.00 WIT", "2024-09-17 07:00 +09:00", true)]
    [InlineData("besok dini hari jam 3", "2024-09-17 03:00 +07:00", true)]
    [InlineData("25 sept 2024 jam 13.00 wita", "2024-09-25 13:00 +08:00", true)]
    [InlineData("tanggal 1 des jam 9 pagi", "2024-12-01 09:00 +07:00", true)]
    [InlineData("29 feb", "2028-02-29 07:00 +07:00", false)]
    [InlineData("30 mei 2025 pkl. 08.00", "2025-05-30 08:00 +07:00", true)]
    [InlineData("25/12", "2024-12-25 07:00 +07:00", false)]
    [InlineData("senin minggu depan", "2024-09-23 07:00 +07:00", false)]
    [InlineData("jumat minggu depan jam 10", "2024-09-27 10:00 +07:00", true)]
    [InlineData("rabu minggu ini", "2024-09-18 07:00 +07:00", false)]
    public void Recognizes_table(string text, string expected, bool hasTime)
    {
        var result = _recognizer.Recognize(text, Now, IndonesianTimeZone.Wib);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(expected, result.Value.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        Assert.Equal(hasTime, result.HasTime);
        Assert.Null(result.Error);
    }

    [Theory]
    [InlineData("", "belum diisi")]
    [InlineData("   ", "belum diisi")]
    [InlineData("31 Februari 2024", "31 Februari 2024 tidak ada: Februari 2024 hanya sampai tanggal 29")]
    [InlineData("29 Februari 2025", "hanya sampai tanggal 28")]
    [InlineData("30 feb", "Februari hanya sampai tanggal 29")]
    [InlineData("31 april", "April hanya sampai tanggal 30")]
    [InlineData("32/01/2025", "Januari 2025 hanya sampai tanggal 31")]
    [InlineData("15/13/2024", "Bulan ke-13 tidak ada")]
    [InlineData("jam 25", "tidak valid")]
    [InlineData("besok 08.75", "tidak valid")]
    [InlineData("besok lusa", "lebih dari sekali")]
    [InlineData("jam 8 pagi WIB WITA", "Zona waktu disebut dua kali")]
    [InlineData("besok jalan-jalan", "\"jalan-jalan\" tidak dikenali")]
    [InlineData("jam", "harus ada jam")]
    [InlineData("jam 20 pagi", "tidak lazim")]
    [InlineData("jam 1 malam", "tidak lazim")]
    [InlineData("Senin, 25 September 2024", "jatuh pada hari Rabu, bukan Senin")]
    [InlineData("jam 8 jam 9", "Jam disebut dua kali")]
    [InlineData("pagi malam", "disebut dua kali")]
    [InlineData("WIB", "Tidak ada tanggal atau jam")]
    [InlineData("kemarin", "tidak dikenali")]
    public void Fails_with_indonesian_explanation(string text, string expectedFragment)
    {
        var result = _recognizer.Recognize(text, Now, IndonesianTimeZone.Wib);

        Assert.False(result.IsSuccess);
        Assert.NotNull(result.Error);
        Assert.Contains(expectedFragment, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("besok 07.00 Apel netralitas di halaman kantor", "besok 07.00", "Apel netralitas di halaman kantor")]
    [InlineData("25 September 2024 pukul 08.00 WIB: Ingat ikrar", "25 September 2024 pukul 08.00 WIB:", "Ingat ikrar")] // punctuation glued to the last word belongs to the span
    [InlineData("senin depan", "senin depan", "")]
    public void Leading_expression_is_split_from_the_message(string text, string expression, string rest)
    {
        var result = _recognizer.RecognizeLeading(text, Now, IndonesianTimeZone.Wib);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(expression, text.Substring(result.Start, result.Length));
        Assert.Equal(rest, text[(result.Start + result.Length)..].Trim());
    }

    [Fact]
    public void Leading_mode_still_fails_when_the_text_does_not_start_with_a_date()
    {
        var result = _recognizer.RecognizeLeading("Apel besok 07.00", Now, IndonesianTimeZone.Wib);

        Assert.False(result.IsSuccess);
        Assert.Contains("\"Apel\" tidak dikenali", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_text_fails_without_throwing()
    {
        var result = _recognizer.Recognize(null, Now, IndonesianTimeZone.Wib);

        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Span_covers_the_expression_without_surrounding_spaces()
    {
        const string text = "  besok 07.00 ";

        var result = _recognizer.Recognize(text, Now, IndonesianTimeZone.Wib);

        Assert.True(result.IsSuccess);
        Assert.Equal("besok 07.00", text.Substring(result.Start, result.Length));
    }

    [Fact]
    public void Failure_span_points_at_the_unknown_word()
    {
        const string text = "besok xyz 07.00";

        var result = _recognizer.Recognize(text, Now, IndonesianTimeZone.Wib);

        Assert.False(result.IsSuccess);
        Assert.Equal("xyz", text.Substring(result.Start, result.Length));
    }

    [Fact]
    public void Default_zone_applies_when_text_names_none()
    {
        var result = _recognizer.Recognize("besok 07.00", Now, IndonesianTimeZone.Wita);

        Assert.True(result.IsSuccess);
        Assert.Equal(IndonesianTimeZone.Wita, result.Zone);
        Assert.False(result.ZoneGiven);
        Assert.Equal(new DateTimeOffset(2024, 9, 16, 23, 0, 0, TimeSpan.Zero), result.Value.ToUniversalTime());
    }

    [Fact]
    public void Explicit_zone_overrides_default_and_is_reported()
    {
        var result = _recognizer.Recognize("besok 07.00 WIT", Now, IndonesianTimeZone.Wib);

        Assert.Equal(IndonesianTimeZone.Wit, result.Zone);
        Assert.True(result.ZoneGiven);
        Assert.Equal(TimeSpan.FromHours(9), result.Value.Offset);
    }

    [Fact]
    public void Today_is_taken_in_the_resolved_zone()
    {
        // 23:30 WIB on 16 Sep is already 17 Sep 01:30 in WIT, so "besok" there means 18 Sep.
        var lateEvening = new DateTimeOffset(2024, 9, 16, 23, 30, 0, TimeSpan.FromHours(7));

        var wib = _recognizer.Recognize("besok 07.00", lateEvening, IndonesianTimeZone.Wib);
        var wit = _recognizer.Recognize("besok 07.00 WIT", lateEvening, IndonesianTimeZone.Wib);

        Assert.Equal(new DateOnly(2024, 9, 17), DateOnly.FromDateTime(wib.Value.DateTime));
        Assert.Equal(new DateOnly(2024, 9, 18), DateOnly.FromDateTime(wit.Value.DateTime));
    }

    [Fact]
    public void Default_time_is_configurable()
    {
        var recognizer = new IndonesianDateTimeRecognizer(new TimeOnly(8, 30));

        var result = recognizer.Recognize("besok", Now, IndonesianTimeZone.Wib);

        Assert.Equal(new TimeOnly(8, 30), TimeOnly.FromDateTime(result.Value.DateTime));
        Assert.False(result.HasTime);
    }

    [Fact]
    public void Yearless_date_resolves_relative_to_reference_instant()
    {
        var january = new DateTimeOffset(2025, 1, 2, 9, 0, 0, TimeSpan.FromHours(7));

        var result = _recognizer.Recognize("1 januari", january, IndonesianTimeZone.Wib);

        Assert.Equal(new DateOnly(2026, 1, 1), DateOnly.FromDateTime(result.Value.DateTime));
    }
}
