using NetralBot.Knowledge.Calendar;

namespace NetralBot.Knowledge.Tests.Calendar;

public sealed class ReminderPlannerTests
{
    private static readonly TimeOnly SevenAm = new(7, 0);

    private readonly ElectionCalendar _calendar = CalendarSamples.Parse();

    [Theory]
    [InlineData(IndonesianTimeZone.Wib, ReminderKinds.KampanyeH7, "2023-11-21T00:00:00Z")]
    [InlineData(IndonesianTimeZone.Wita, ReminderKinds.KampanyeH7, "2023-11-20T23:00:00Z")]
    [InlineData(IndonesianTimeZone.Wit, ReminderKinds.KampanyeH7, "2023-11-20T22:00:00Z")]
    [InlineData(IndonesianTimeZone.Wib, ReminderKinds.KampanyeMulai, "2023-11-28T00:00:00Z")]
    [InlineData(IndonesianTimeZone.Wita, ReminderKinds.KampanyeMulai, "2023-11-27T23:00:00Z")]
    [InlineData(IndonesianTimeZone.Wit, ReminderKinds.KampanyeMulai, "2023-11-27T22:00:00Z")]
    [InlineData(IndonesianTimeZone.Wib, ReminderKinds.MasaTenang, "2024-02-11T00:00:00Z")]
    [InlineData(IndonesianTimeZone.Wita, ReminderKinds.MasaTenang, "2024-02-10T23:00:00Z")]
    [InlineData(IndonesianTimeZone.Wit, ReminderKinds.MasaTenang, "2024-02-10T22:00:00Z")]
    [InlineData(IndonesianTimeZone.Wib, ReminderKinds.H1Pemungutan, "2024-02-13T00:00:00Z")]
    [InlineData(IndonesianTimeZone.Wita, ReminderKinds.H1Pemungutan, "2024-02-12T23:00:00Z")]
    [InlineData(IndonesianTimeZone.Wit, ReminderKinds.H1Pemungutan, "2024-02-12T22:00:00Z")]
    public void Same_local_seven_am_becomes_the_right_utc_instant_per_zone(IndonesianTimeZone zone, string kind, string expectedUtc)
    {
        var planner = new ReminderPlanner(_calendar, SevenAm);

        var plan = planner.Plan(_calendar.Find("uji-2024")!, zone);

        var reminder = Assert.Single(plan.Reminders, r => r.Kind == kind);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), reminder.SendAt);
        Assert.Equal(TimeSpan.Zero, reminder.SendAt.Offset);
        Assert.Equal(SevenAm, reminder.LocalTime);
        Assert.Equal(zone, reminder.Zone);
        Assert.Equal(SevenAm, TimeOnly.FromDateTime(zone.ToZone(reminder.SendAt).DateTime));
    }

    [Fact]
    public void Plan_has_the_four_kinds_in_order_with_local_dates_and_filled_texts()
    {
        var plan = new ReminderPlanner(_calendar, SevenAm).Plan(_calendar.Find("uji-2024")!, IndonesianTimeZone.Wib);

        Assert.Equal(ReminderKinds.All, plan.Reminders.Select(r => r.Kind));
        Assert.Equal(
            [new DateOnly(2023, 11, 21), new DateOnly(2023, 11, 28), new DateOnly(2024, 2, 11), new DateOnly(2024, 2, 13)],
            plan.Reminders.Select(r => r.LocalDate));
        Assert.Empty(plan.Skipped);
        Assert.All(plan.Reminders, r => Assert.Equal("uji-2024", r.ElectionId));
        Assert.Equal("Kampanye Pemilu Uji mulai Selasa, 28 November 2023.\n\nParagraf kedua.", plan.Reminders[0].Text);
        Assert.Equal("Masa tenang Minggu, 11 Februari 2024 s.d. Selasa, 13 Februari 2024.", plan.Reminders[2].Text);
        Assert.Equal("Besok Rabu, 14 Februari 2024.", plan.Reminders[3].Text);
    }

    [Fact]
    public void Send_hour_is_configurable()
    {
        var plan = new ReminderPlanner(_calendar, new TimeOnly(9, 30)).Plan(_calendar.Find("uji-2024")!, IndonesianTimeZone.Wita);

        Assert.Equal(new DateTimeOffset(2024, 2, 13, 1, 30, 0, TimeSpan.Zero), plan.Reminders.Single(r => r.Kind == ReminderKinds.H1Pemungutan).SendAt);
    }

    [Fact]
    public void Phases_without_dates_are_skipped_with_a_reason()
    {
        var text = CalendarSamples.Valid.Replace(
            "- Kampanye: 28 November 2023 s.d. 10 Februari 2024", "- Kampanye: belum ditetapkan", StringComparison.Ordinal);
        var calendar = CalendarSamples.Parse(text);

        var plan = new ReminderPlanner(calendar, SevenAm).Plan(calendar.Find("uji-2024")!, IndonesianTimeZone.Wib);

        Assert.Equal([ReminderKinds.MasaTenang, ReminderKinds.H1Pemungutan], plan.Reminders.Select(r => r.Kind));
        Assert.Equal([ReminderKinds.KampanyeH7, ReminderKinds.KampanyeMulai], plan.Skipped.Select(s => s.Kind));
        Assert.All(plan.Skipped, s => Assert.Contains("Kampanye", s.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Upcoming_drops_reminders_already_due()
    {
        var plan = new ReminderPlanner(_calendar, SevenAm).Plan(_calendar.Find("uji-2024")!, IndonesianTimeZone.Wib);

        var upcoming = plan.Upcoming(new DateTimeOffset(2024, 2, 11, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal([ReminderKinds.H1Pemungutan], upcoming.Select(r => r.Kind));
    }
}
