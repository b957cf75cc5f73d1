using NetralBot.Knowledge.Calendar;
using NetralBot.Knowledge.Recognizers;

namespace NetralBot.Knowledge.Tests.Recognizers;

public sealed class IndonesianDateTimeNamesTests
{
    private static readonly DateTimeOffset Now = new(2024, 9, 16, 10, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData("jan", 1)]
    [InlineData("januari", 1)]
    [InlineData("feb", 2)]
    [InlineData("pebruari", 2)]
    [InlineData("februari", 2)]
    [InlineData("mar", 3)]
    [InlineData("maret", 3)]
    [InlineData("apr", 4)]
    [InlineData("april", 4)]
    [InlineData("mei", 5)]
    [InlineData("jun", 6)]
    [InlineData("juni", 6)]
    [InlineData("jul", 7)]
    [InlineData("juli", 7)]
    [InlineData("agu", 8)]
    [InlineData("agt", 8)]
    [InlineData("agustus", 8)]
    [InlineData("sep", 9)]
    [InlineData("sept", 9)]
    [InlineData("september", 9)]
    [InlineData("okt", 10)]
    [InlineData("oktober", 10)]
    [InlineData("nov", 11)]
    [InlineData("nopember", 11)]
    [InlineData("november", 11)]
    [InlineData("des", 12)]
    [InlineData("Desember", 12)]
    public void Month_names_and_abbreviations(string month, int expected)
    {
        var result = new IndonesianDateTimeRecognizer().Recognize($"1 {month} 2025", Now, IndonesianTimeZone.Wib);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(new DateTime(2025, expected, 1, 7, 0, 0), result.Value.DateTime);
    }

    [Theory]
    [InlineData("senin", DayOfWeek.Monday)]
    [InlineData("Selasa", DayOfWeek.Tuesday)]
    [InlineData("rabu", DayOfWeek.Wednesday)]
    [InlineData("kamis", DayOfWeek.Thursday)]
    [InlineData("jumat", DayOfWeek.Friday)]
    [InlineData("Jum'at", DayOfWeek.Friday)]
    [InlineData("jum’at", DayOfWeek.Friday)]
    [InlineData("sabtu", DayOfWeek.Saturday)]
    [InlineData("hari minggu", DayOfWeek.Sunday)] // bare "minggu depan" means next week
    [InlineData("ahad", DayOfWeek.Sunday)]
    public void Day_names_resolve_to_the_next_such_day(string day, DayOfWeek expected)
    {
        var result = new IndonesianDateTimeRecognizer().Recognize($"{day} depan", Now, IndonesianTimeZone.Wib);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(expected, result.Value.DayOfWeek);
        Assert.InRange((result.Value.Date - Now.Date).TotalDays, 1, 7);
    }
}
