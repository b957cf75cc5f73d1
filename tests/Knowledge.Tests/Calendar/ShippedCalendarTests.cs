using NetralBot.Knowledge.Calendar;

namespace NetralBot.Knowledge.Tests.Calendar;

public sealed class ShippedCalendarTests
{
    private static readonly string Path = CalendarSamples.ContentFile("kalender.md");

    private readonly ElectionCalendar _calendar = ElectionCalendarParser.Parse(File.ReadAllText(Path), "content/kalender.md");

    [Fact]
    public void Ships_pemilu_pilkada_2024_the_2025_repeats_the_undetermined_next_elections_and_a_labelled_sample()
    {
        Assert.Equal(
            ["pemilu-2024", "pilkada-2024", "psu-pilkada-2025", "pilkada-ulang-2025", "pemilu-2029", "pemilu-daerah-berikutnya", "contoh-2029"],
            _calendar.Elections.Select(e => e.Id));
        Assert.False(_calendar.Find("pemilu-2024")!.IsSample);
        Assert.False(_calendar.Find("pilkada-2024")!.IsSample);
        var sample = _calendar.Find("contoh-2029")!;
        Assert.True(sample.IsSample);
        Assert.Contains("bukan jadwal resmi", sample.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Pemilu_2024_matches_the_reference()
    {
        var e = _calendar.Find("pemilu-2024")!;

        AssertPhase(e, ElectionPhaseKind.Kampanye, new(2023, 11, 28), new(2024, 2, 10));
        AssertPhase(e, ElectionPhaseKind.MasaTenang, new(2024, 2, 11), new(2024, 2, 13));
        AssertPhase(e, ElectionPhaseKind.PemungutanSuara, new(2024, 2, 14), new(2024, 2, 14));
        Assert.False(e.Phase(ElectionPhaseKind.Pendaftaran).IsKnown); // not in the reference: absent, not invented
        Assert.Equal(38, e.Regions.Count);
    }

    [Fact]
    public void Pilkada_2024_matches_the_reference()
    {
        var e = _calendar.Find("pilkada-2024")!;

        AssertPhase(e, ElectionPhaseKind.Pendaftaran, new(2024, 8, 27), new(2024, 8, 29));
        AssertPhase(e, ElectionPhaseKind.Kampanye, new(2024, 9, 25), new(2024, 11, 23));
        AssertPhase(e, ElectionPhaseKind.MasaTenang, new(2024, 11, 24), new(2024, 11, 26));
        AssertPhase(e, ElectionPhaseKind.PemungutanSuara, new(2024, 11, 27), new(2024, 11, 27));
        // 37 provinces plus DI Yogyakarta, whose governor is not elected but whose regencies and city are (§7.2).
        Assert.Equal(38, e.Regions.Count);
        Assert.Equal(IndonesianTimeZone.Wib, ZoneOf(e, "DI Yogyakarta"));
        Assert.Contains(e.Regions, r => r.Name == "DI Yogyakarta");
        Assert.Contains("DI Yogyakarta", e.Note, StringComparison.Ordinal);
        Assert.Equal(IndonesianTimeZone.Wita, ZoneOf(e, "Sulawesi Selatan"));
        Assert.Equal(IndonesianTimeZone.Wit, ZoneOf(e, "Papua Pegunungan"));
    }

    [Fact]
    public void The_2029_election_is_listed_as_undetermined_with_what_is_known_and_no_invented_date()
    {
        foreach (var id in new[] { "pemilu-2029", "pemilu-daerah-berikutnya" })
        {
            var e = _calendar.Find(id)!;
            Assert.False(e.IsDetermined);
            Assert.False(e.IsSample);
            Assert.All(e.Phases, p => Assert.False(p.IsKnown));
            Assert.Contains("135/PUU-XXII/2024", e.Source, StringComparison.Ordinal);
        }

        Assert.Contains("belum pasti", _calendar.Find("pemilu-2029")!.Note!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_2025_repeat_elections_have_the_reference_dates_only()
    {
        var ulang = _calendar.Find("pilkada-ulang-2025")!;
        AssertPhase(ulang, ElectionPhaseKind.Kampanye, new(2025, 7, 25), new(2025, 8, 23));
        AssertPhase(ulang, ElectionPhaseKind.PemungutanSuara, new(2025, 8, 27), new(2025, 8, 27));
        Assert.False(ulang.Phase(ElectionPhaseKind.MasaTenang).IsKnown); // not in the reference: absent, not invented
        Assert.False(ulang.Phase(ElectionPhaseKind.Pendaftaran).IsKnown);

        // The quiet-period reminder is skipped with a reason instead of being sent on a guessed date.
        var plan = new ReminderPlanner(_calendar, new TimeOnly(7, 0)).Plan(ulang, IndonesianTimeZone.Wib);
        Assert.DoesNotContain(plan.Reminders, r => r.Kind == ReminderKinds.MasaTenang);
        Assert.Equal(3, plan.Reminders.Count);

        var psu = _calendar.Find("psu-pilkada-2025")!;
        Assert.All(psu.Phases, p => Assert.False(p.IsKnown)); // dates differ per region and are not in the reference
        Assert.Contains("24 daerah", psu.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Shipped_reminder_texts_render_for_every_election_without_leftover_placeholders()
    {
        var planner = new ReminderPlanner(_calendar, new TimeOnly(7, 0));

        var dated = new[] { ElectionPhaseKind.Kampanye, ElectionPhaseKind.MasaTenang, ElectionPhaseKind.PemungutanSuara };
        foreach (var election in _calendar.Elections.Where(e => dated.All(k => e.Phase(k).IsKnown)))
        {
            var plan = planner.Plan(election, IndonesianTimeZone.Wib);
            Assert.Equal(ReminderKinds.All, plan.Reminders.Select(r => r.Kind));
            Assert.All(plan.Reminders, r =>
            {
                Assert.DoesNotContain("{", r.Text, StringComparison.Ordinal);
                Assert.Contains(election.Name, r.Text, StringComparison.Ordinal);
                Assert.Contains("Anda", r.Text, StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public void Shipped_pilkada_reminder_in_wita_is_sent_at_seven_local()
    {
        var plan = new ReminderPlanner(_calendar, new TimeOnly(7, 0)).Plan(_calendar.Find("pilkada-2024")!, IndonesianTimeZone.Wita);

        Assert.Equal(new DateTimeOffset(2024, 9, 17, 23, 0, 0, TimeSpan.Zero), plan.Reminders.Single(r => r.Kind == ReminderKinds.KampanyeH7).SendAt);
        Assert.Equal(new DateTimeOffset(2024, 11, 23, 23, 0, 0, TimeSpan.Zero), plan.Reminders.Single(r => r.Kind == ReminderKinds.MasaTenang).SendAt);
    }

    private static void AssertPhase(Election e, ElectionPhaseKind kind, DateOnly start, DateOnly end)
    {
        var phase = e.Phase(kind);
        Assert.Equal(start, phase.Start);
        Assert.Equal(end, phase.End);
    }

    private static IndonesianTimeZone ZoneOf(Election election, string region) => election.Regions.Single(r => r.Name == region).Zone;
}
