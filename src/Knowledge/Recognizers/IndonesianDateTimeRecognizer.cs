using System.Globalization;
using System.Text.RegularExpressions;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Knowledge.Recognizers;

/// <summary>
/// Recognizes the Indonesian date-time expressions admins type when scheduling ("besok 07.00", "Senin depan",
/// "25 September 2024 pukul 08.00 WIB", "3 hari lagi") and resolves them against a reference instant.
/// </summary>
/// <remarks>
/// The whole text must be a date-time expression (filler words such as "tgl", "pada", "hari" are allowed);
/// an unknown word fails with an explanation rather than being silently ignored. Resolution rules:
/// <list type="bullet">
/// <item>"minggu depan" / "pekan depan" = the same weekday one week later (today + 7 days);
/// "hari Minggu depan" = the next Sunday.</item>
/// <item>"&lt;hari&gt; depan" = the first such weekday strictly after today; a bare day name = the next one,
/// today included while the time is still ahead; "&lt;hari&gt; ini" / "&lt;hari&gt; minggu ini" = that day of the
/// current Monday-based week; "&lt;hari&gt; minggu depan" = that day of the next Monday-based week.</item>
/// <item>Only a time ("jam 7"): today when still ahead, else tomorrow. "nanti"/"hari ini" pin today.</item>
/// <item>A date without a year: its next occurrence that is not in the past.</item>
/// <item>Clock hours without pagi/siang/sore/malam are read as 24-hour ("jam 7" = 07:00);
/// with one they map 12h→24h ("jam 8 malam" = 20:00, "jam 1 siang" = 13:00, "jam 12 malam" = 00:00 the next day).</item>
/// <item>Only a day part: pagi 07:00, siang 12:00, sore 16:00, malam 19:00. No time at all: the default time.</item>
/// <item>Day-month-year order always ("04/05/2024" = 4 Mei 2024).</item>
/// </list>
/// </remarks>
public sealed partial class IndonesianDateTimeRecognizer
{
    private const string Examples = "Contoh: \"besok 07.00\", \"Senin depan jam 9 pagi\", \"25 September 2024 pukul 08.00 WIB\".";

    /// <summary>Creates a recognizer whose date-only expressions resolve to 07:00.</summary>
    public IndonesianDateTimeRecognizer()
        : this(new TimeOnly(7, 0))
    {
    }

    /// <summary>Creates a recognizer whose date-only expressions resolve to <paramref name="defaultTime"/>.</summary>
    public IndonesianDateTimeRecognizer(TimeOnly defaultTime)
    {
        DefaultTime = defaultTime;
    }

    /// <summary>The local time used when the text gives a date but no time.</summary>
    public TimeOnly DefaultTime { get; }

    /// <summary>Recognizes the whole of <paramref name="text"/> relative to <paramref name="now"/>.</summary>
    /// <param name="text">What the admin typed, e.g. "senin dpn jam 9 pagi".</param>
    /// <param name="now">The reference instant ("today" is its date in the resolved zone).</param>
    /// <param name="defaultZone">The zone used when the text names none.</param>
    public DateTimeRecognition Recognize(string? text, DateTimeOffset now, IndonesianTimeZone defaultZone) =>
        Recognize(text, now, defaultZone, leadingOnly: false);

    /// <summary>
    /// Recognizes the date-time expression at the start of <paramref name="text"/> and stops at the first word
    /// that is not part of it, e.g. "besok 07.00 Apel pagi ditiadakan" → "besok 07.00"; the caller takes the rest
    /// after <see cref="DateTimeRecognition.Start"/> + <see cref="DateTimeRecognition.Length"/> as the message.
    /// Note that date words at the start of the message are taken as part of the date ("besok 07.00 pagi ini ...").
    /// </summary>
    /// <param name="text">A command argument that begins with a date-time.</param>
    /// <param name="now">The reference instant.</param>
    /// <param name="defaultZone">The zone used when the text names none.</param>
    public DateTimeRecognition RecognizeLeading(string? text, DateTimeOffset now, IndonesianTimeZone defaultZone) =>
        Recognize(text, now, defaultZone, leadingOnly: true);

    private DateTimeRecognition Recognize(string? text, DateTimeOffset now, IndonesianTimeZone defaultZone, bool leadingOnly)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DateTimeRecognition.Failure("Tanggal atau jam belum diisi. " + Examples);
        }

        var tokens = Tokenize(text);
        if (tokens.Count == 0)
        {
            return DateTimeRecognition.Failure("Tanggal atau jam belum diisi. " + Examples);
        }

        int start = tokens[0].Start;
        int end = tokens[^1].End;
        var state = new ParseState();
        try
        {
            int i = 0;
            while (i < tokens.Count)
            {
                int used = Consume(tokens, i, state);
                if (used == 0 && leadingOnly && i > 0)
                {
                    end = tokens[i - 1].End;
                    break;
                }

                if (used == 0)
                {
                    return DateTimeRecognition.Failure(
                        $"Bagian \"{tokens[i].Raw}\" tidak dikenali sebagai tanggal atau jam. " + Examples,
                        tokens[i].Start,
                        tokens[i].End - tokens[i].Start);
                }

                i += used;
            }

            return Resolve(state, now, defaultZone, start, end - start);
        }
        catch (RecognitionException ex)
        {
            return DateTimeRecognition.Failure(ex.Message, start, end - start);
        }
    }

    private int Consume(IReadOnlyList<Token> tokens, int i, ParseState state)
    {
        string w = tokens[i].Norm;
        string? n1 = i + 1 < tokens.Count ? tokens[i + 1].Norm : null;
        string? n2 = i + 2 < tokens.Count ? tokens[i + 2].Norm : null;
        string? previous = i > 0 ? tokens[i - 1].Norm : null;

        switch (w)
        {
            case "hari" when n1 == "ini":
                state.SetDate(DateKind.Today);
                return 2;
            case "tgl" or "tanggal" or "tg" or "pada" or "hari" or "dalam" or "mulai":
                return 1;
            case "nanti":
                state.SetDate(DateKind.Today);
                return 1;
            case "besok" or "bsk" or "besuk" or "esok":
                state.SetDate(DateKind.DaysAhead, amount: 1);
                return 1;
            case "lusa":
                state.SetDate(DateKind.DaysAhead, amount: 2);
                return 1;
            case "seminggu" or "sepekan" when n1 is "lagi" or "kemudian":
                state.SetDate(DateKind.DaysAhead, amount: 7);
                return 2;
            case "sebulan" when n1 is "lagi" or "kemudian":
                state.SetDate(DateKind.MonthsAhead, amount: 1);
                return 2;
            case "minggu" or "pekan" or "mgg" when n1 is "depan" or "dpn" && (previous != "hari" || w == "pekan"):
                state.SetDate(DateKind.DaysAhead, amount: 7);
                return 2;
            case "bulan" or "bln" when n1 is "depan" or "dpn":
                state.SetDate(DateKind.MonthsAhead, amount: 1);
                return 2;
            case "jam" or "pukul" or "pk" or "pkl":
                int used = ConsumeClock(tokens, i + 1, state);
                if (used == 0)
                {
                    throw new RecognitionException(
                        $"Setelah \"{tokens[i].Raw}\" harus ada jam, misalnya \"{w} 8\" atau \"{w} 08.30\".");
                }

                return 1 + used;
            case "setengah":
                return ConsumeClock(tokens, i, state);
            case "pagi":
                state.SetPeriod(DayPeriod.Pagi);
                return 1;
            case "siang":
                state.SetPeriod(DayPeriod.Siang);
                return 1;
            case "sore":
                state.SetPeriod(DayPeriod.Sore);
                return 1;
            case "malam":
                state.SetPeriod(DayPeriod.Malam);
                return 1;
            case "dini" when n1 == "hari":
                state.SetPeriod(DayPeriod.DiniHari);
                return 2;
        }

        if (IndonesianTimeZones.TryParse(w, out var zone))
        {
            if (state.Zone is not null && state.Zone != zone)
            {
                throw new RecognitionException("Zona waktu disebut dua kali dengan nilai berbeda. Pilih satu: WIB, WITA, atau WIT.");
            }

            state.Zone = zone;
            return 1;
        }

        if (IndonesianDateNames.TryParseDay(w, out var day))
        {
            // "Senin minggu depan": that day in next (Monday-based) week; "Senin minggu ini": in this week.
            if (n1 is "minggu" or "pekan" or "mgg" && n2 is "depan" or "dpn" or "ini")
            {
                state.SetWeekday(day, n2 == "ini" ? WeekdayMode.ThisWeek : WeekdayMode.NextWeek);
                return 3;
            }

            if (n1 is "depan" or "dpn")
            {
                state.SetWeekday(day, WeekdayMode.Next);
                return 2;
            }

            if (n1 == "ini")
            {
                state.SetWeekday(day, WeekdayMode.ThisWeek);
                return 2;
            }

            state.SetWeekday(day, WeekdayMode.Upcoming);
            return 1;
        }

        if (int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && w.Length <= 3)
        {
            if (n1 is "hari" or "minggu" or "pekan" or "bulan" or "bln" or "mgg")
            {
                if (number < 1)
                {
                    throw new RecognitionException("Jumlah hari/minggu/bulan harus minimal 1.");
                }

                int consumed = n2 is "lagi" or "kemudian" ? 3 : 2;
                if (n1 is "bulan" or "bln")
                {
                    state.SetDate(DateKind.MonthsAhead, amount: number);
                }
                else
                {
                    state.SetDate(DateKind.DaysAhead, amount: n1 is "hari" ? number : number * 7);
                }

                return consumed;
            }

            if (n1 is not null && IndonesianDateNames.TryParseMonth(n1, out int month))
            {
                int? year = null;
                int consumed = 2;
                if (n2 is not null && n2.Length == 4 && int.TryParse(n2, NumberStyles.None, CultureInfo.InvariantCulture, out int y))
                {
                    year = y;
                    consumed = 3;
                }

                state.SetAbsolute(number, month, year);
                return consumed;
            }
        }

        var numericDate = NumericDatePattern().Match(w);
        if (!numericDate.Success)
        {
            numericDate = DottedDatePattern().Match(w);
        }

        if (numericDate.Success)
        {
            int d = int.Parse(numericDate.Groups["d"].Value, CultureInfo.InvariantCulture);
            int m = int.Parse(numericDate.Groups["m"].Value, CultureInfo.InvariantCulture);
            int? y = null;
            if (numericDate.Groups["y"].Success)
            {
                var yearText = numericDate.Groups["y"].Value;
                y = int.Parse(yearText, CultureInfo.InvariantCulture);
                if (yearText.Length == 2)
                {
                    y += 2000;
                }
            }

            state.SetAbsolute(d, m, y);
            return 1;
        }

        if (ClockPattern().IsMatch(w))
        {
            return ConsumeClock(tokens, i, state);
        }

        return 0;
    }

    // Reads "8", "08.30", "8:30", "setengah 8", optionally followed by "lewat 15 (menit)" or "kurang seperempat".
    private static int ConsumeClock(IReadOnlyList<Token> tokens, int i, ParseState state)
    {
        if (i >= tokens.Count)
        {
            return 0;
        }

        int hour;
        int minute = 0;
        int used;
        string w = tokens[i].Norm;
        var clock = ClockPattern().Match(w);
        if (clock.Success)
        {
            hour = int.Parse(clock.Groups["h"].Value, CultureInfo.InvariantCulture);
            minute = int.Parse(clock.Groups["m"].Value, CultureInfo.InvariantCulture);
            used = 1;
        }
        else if (w == "setengah" && i + 1 < tokens.Count && IsSmallNumber(tokens[i + 1].Norm, out int next))
        {
            // "setengah delapan" is half *to* eight: 07:30.
            hour = next - 1;
            minute = 30;
            used = 2;
        }
        else if (IsSmallNumber(w, out int whole))
        {
            hour = whole;
            used = 1;
        }
        else
        {
            return 0;
        }

        string? after = i + used < tokens.Count ? tokens[i + used].Norm : null;
        string? after2 = i + used + 1 < tokens.Count ? tokens[i + used + 1].Norm : null;
        if (minute == 0 && after is "lewat" or "lebih" && after2 is not null)
        {
            int extra = after2 == "seperempat" ? 15 : IsSmallNumber(after2, out int n) ? n : -1;
            if (extra is >= 0 and < 60)
            {
                minute = extra;
                used += 2;
                used += SkipWord(tokens, i + used, "menit");
            }
        }
        else if (minute == 0 && after == "kurang" && after2 is not null)
        {
            int less = after2 == "seperempat" ? 15 : IsSmallNumber(after2, out int n) ? n : -1;
            if (less is > 0 and < 60)
            {
                hour -= 1;
                minute = 60 - less;
                used += 2;
                used += SkipWord(tokens, i + used, "menit");
            }
        }

        state.SetClock(hour, minute);
        return used;
    }

    private static int SkipWord(IReadOnlyList<Token> tokens, int i, string word) =>
        i < tokens.Count && tokens[i].Norm == word ? 1 : 0;

    private static bool IsSmallNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && text.Length <= 2;

    private DateTimeRecognition Resolve(ParseState s, DateTimeOffset now, IndonesianTimeZone defaultZone, int start, int length)
    {
        if (s.DateKind == DateKind.None && s.Hour is null && s.Period is null)
        {
            throw new RecognitionException("Tidak ada tanggal atau jam yang bisa dibaca. " + Examples);
        }

        var zone = s.Zone ?? defaultZone;
        var localNow = zone.ToZone(now);
        var today = DateOnly.FromDateTime(localNow.DateTime);

        var (time, dayShift, hasTime) = ResolveTime(s);
        DateTimeOffset At(DateOnly date) => zone.At(date, time).AddDays(dayShift);

        DateOnly resolved;
        switch (s.DateKind)
        {
            case DateKind.None:
                resolved = today;
                if (At(resolved) <= now)
                {
                    resolved = today.AddDays(1);
                }

                break;
            case DateKind.Today:
                resolved = today;
                break;
            case DateKind.DaysAhead:
                resolved = today.AddDays(s.Amount);
                break;
            case DateKind.MonthsAhead:
                resolved = today.AddMonths(s.Amount);
                break;
            case DateKind.Weekday:
                resolved = ResolveWeekday(s.Weekday, s.WeekdayMode, today, d => At(d) > now);
                break;
            case DateKind.Absolute:
                resolved = ResolveAbsolute(s, today, d => At(d) >= now);
                if (s.CheckWeekday is { } named && resolved.DayOfWeek != named)
                {
                    throw new RecognitionException(
                        $"{IndonesianDateNames.FormatDate(resolved)} jatuh pada hari {IndonesianDateNames.DayName(resolved.DayOfWeek)}, " +
                        $"bukan {IndonesianDateNames.DayName(named)}. Mohon periksa kembali tanggalnya.");
                }

                break;
            default:
                throw new InvalidOperationException($"Unhandled date kind {s.DateKind}.");
        }

        return DateTimeRecognition.Success(At(resolved), hasTime, zone, s.Zone is not null, start, length);
    }

    private (TimeOnly Time, int DayShift, bool HasTime) ResolveTime(ParseState s)
    {
        if (s.Hour is not int hour)
        {
            return s.Period switch
            {
                DayPeriod.Pagi => (new TimeOnly(7, 0), 0, true),
                DayPeriod.Siang => (new TimeOnly(12, 0), 0, true),
                DayPeriod.Sore => (new TimeOnly(16, 0), 0, true),
                DayPeriod.Malam => (new TimeOnly(19, 0), 0, true),
                DayPeriod.DiniHari => (new TimeOnly(3, 0), 0, true),
                _ => (DefaultTime, 0, false),
            };
        }

        int minute = s.Minute;
        if (hour is < 0 or > 23 || minute is < 0 or > 59)
        {
            throw new RecognitionException(
                string.Create(CultureInfo.InvariantCulture, $"Jam {hour:00}.{minute:00} tidak valid: jam harus 00–23 dan menit 00–59."));
        }

        int dayShift = 0;
        if (s.Period is DayPeriod period)
        {
            int? mapped = period switch
            {
                DayPeriod.Pagi => hour is >= 1 and <= 11 ? hour : null,
                DayPeriod.Siang => hour is >= 10 and <= 15 ? hour : hour is >= 1 and <= 3 ? hour + 12 : null,
                DayPeriod.Sore => hour is >= 14 and <= 19 ? hour : hour is >= 2 and <= 7 ? hour + 12 : null,
                DayPeriod.Malam => hour is >= 17 and <= 23 ? hour : hour is >= 5 and <= 11 ? hour + 12 : hour == 12 ? 0 : null,
                DayPeriod.DiniHari => hour is >= 0 and <= 5 ? hour : null,
                _ => null,
            };
            if (mapped is null)
            {
                throw new RecognitionException(
                    $"\"jam {hour} {PeriodWord(period)}\" tidak lazim. Contoh: jam 8 pagi = 08.00, jam 1 siang = 13.00, " +
                    "jam 4 sore = 16.00, jam 8 malam = 20.00. Atau tulis jam 24 jam, misalnya 01.00.");
            }

            // "jam 12 malam" is the midnight that ends the named day.
            if (period == DayPeriod.Malam && hour == 12)
            {
                dayShift = 1;
            }

            hour = mapped.Value;
        }

        return (new TimeOnly(hour, minute), dayShift, true);
    }

    private static DateOnly ResolveWeekday(DayOfWeek day, WeekdayMode mode, DateOnly today, Func<DateOnly, bool> isAhead)
    {
        if (mode is WeekdayMode.ThisWeek or WeekdayMode.NextWeek)
        {
            var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
            return monday.AddDays((((int)day + 6) % 7) + (mode == WeekdayMode.NextWeek ? 7 : 0));
        }

        int delta = ((int)day - (int)today.DayOfWeek + 7) % 7;
        if (delta == 0 && (mode == WeekdayMode.Next || !isAhead(today)))
        {
            delta = 7;
        }

        return today.AddDays(delta);
    }

    private static DateOnly ResolveAbsolute(ParseState s, DateOnly today, Func<DateOnly, bool> notPast)
    {
        int day = s.Day;
        int month = s.Month;
        if (month is < 1 or > 12)
        {
            throw new RecognitionException($"Bulan ke-{month} tidak ada. Bulan hanya 1 sampai 12.");
        }

        string monthName = IndonesianDateNames.MonthName(month);
        if (s.Year is int year)
        {
            if (year is < 2000 or > 2100)
            {
                throw new RecognitionException($"Tahun {year} di luar jangkauan (2000–2100).");
            }

            int max = DateTime.DaysInMonth(year, month);
            if (day < 1 || day > max)
            {
                throw new RecognitionException(
                    $"Tanggal {day} {monthName} {year} tidak ada: {monthName} {year} hanya sampai tanggal {max}.");
            }

            return new DateOnly(year, month, day);
        }

        int maxAnyYear = month == 2 ? 29 : DateTime.DaysInMonth(2001, month);
        if (day < 1 || day > maxAnyYear)
        {
            throw new RecognitionException($"Tanggal {day} {monthName} tidak ada: {monthName} hanya sampai tanggal {maxAnyYear}.");
        }

        // The next occurrence that is not in the past; 29 Februari may need a few years.
        for (int y = today.Year; y <= today.Year + 8; y++)
        {
            if (day <= DateTime.DaysInMonth(y, month))
            {
                var candidate = new DateOnly(y, month, day);
                if (notPast(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new RecognitionException($"Tanggal {day} {monthName} tidak dapat ditentukan tahunnya. Mohon tulis tahunnya.");
    }

    private static string PeriodWord(DayPeriod period) => period switch
    {
        DayPeriod.Pagi => "pagi",
        DayPeriod.Siang => "siang",
        DayPeriod.Sore => "sore",
        DayPeriod.Malam => "malam",
        _ => "dini hari",
    };

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSeparator(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && !IsSeparator(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                string raw = text[start..i];
                string norm = raw.ToLowerInvariant().Replace('’', '\'').Trim('.', ':', '!', '?', '(', ')', '"');
                if (norm == "jum'at")
                {
                    norm = "jumat";
                }

                if (norm.Length > 0)
                {
                    tokens.Add(new Token(raw, norm, start, i));
                }
            }
        }

        return tokens;
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is ',' or ';';

    [GeneratedRegex(@"^(?<h>\d{1,2})[.:](?<m>\d{2})$")]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?<sep>[/-])(?<m>\d{1,2})(?:\k<sep>(?<y>\d{4}|\d{2}))?$")]
    private static partial Regex NumericDatePattern();

    [GeneratedRegex(@"^(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})$")]
    private static partial Regex DottedDatePattern();

    private readonly record struct Token(string Raw, string Norm, int Start, int End);

    private enum DateKind
    {
        None,
        Today,
        DaysAhead,
        MonthsAhead,
        Weekday,
        Absolute,
    }

    private enum WeekdayMode
    {
        Upcoming,
        Next,
        ThisWeek,
        NextWeek,
    }

    private enum DayPeriod
    {
        Pagi,
        Siang,
        Sore,
        Malam,
        DiniHari,
    }

    private sealed class RecognitionException(string message) : Exception(message);

    private sealed class ParseState
    {
        public DateKind DateKind { get; private set; }

        public int Amount { get; private set; }

        public DayOfWeek Weekday { get; private set; }

        public WeekdayMode WeekdayMode { get; private set; }

        public DayOfWeek? CheckWeekday { get; private set; }

        public int Day { get; private set; }

        public int Month { get; private set; }

        public int? Year { get; private set; }

        public int? Hour { get; private set; }

        public int Minute { get; private set; }

        public DayPeriod? Period { get; private set; }

        public IndonesianTimeZone? Zone { get; set; }

        public void SetDate(DateKind kind, int amount = 0)
        {
            EnsureNoDate();
            DateKind = kind;
            Amount = amount;
        }

        public void SetWeekday(DayOfWeek day, WeekdayMode mode)
        {
            if (DateKind == DateKind.Absolute && CheckWeekday is null && mode == WeekdayMode.Upcoming)
            {
                CheckWeekday = day;
                return;
            }

            EnsureNoDate();
            DateKind = DateKind.Weekday;
            Weekday = day;
            WeekdayMode = mode;
        }

        public void SetAbsolute(int day, int month, int? year)
        {
            // "Rabu, 14 Februari 2024": the day name is kept as a check on the date.
            if (DateKind == DateKind.Weekday && WeekdayMode == WeekdayMode.Upcoming && CheckWeekday is null)
            {
                CheckWeekday = Weekday;
            }
            else
            {
                EnsureNoDate();
            }

            DateKind = DateKind.Absolute;
            Day = day;
            Month = month;
            Year = year;
        }

        public void SetClock(int hour, int minute)
        {
            if (Hour is not null)
            {
                throw new RecognitionException("Jam disebut dua kali. Tulis satu jam saja, misalnya \"pukul 08.00\".");
            }

            Hour = hour;
            Minute = minute;
        }

        public void SetPeriod(DayPeriod period)
        {
            if (Period is not null && Period != period)
            {
                throw new RecognitionException("Keterangan waktu (pagi/siang/sore/malam) disebut dua kali dengan nilai berbeda.");
            }

            Period = period;
        }

        private void EnsureNoDate()
        {
            if (DateKind != DateKind.None)
            {
                throw new RecognitionException("Tanggal disebut lebih dari sekali. Tulis satu tanggal saja, misalnya \"besok\" atau \"25 September 2024\".");
            }
        }
    }
}
