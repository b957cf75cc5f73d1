namespace NetralBot.Knowledge.Calendar;

/// <summary>The ids of the reminders derived from an election's calendar.</summary>
public static class ReminderKinds
{
    /// <summary>Seven days before the campaign starts.</summary>
    public const string KampanyeH7 = "kampanye-h-7";

    /// <summary>The first day of the campaign.</summary>
    public const string KampanyeMulai = "kampanye-mulai";

    /// <summary>The first day of the quiet period.</summary>
    public const string MasaTenang = "masa-tenang";

    /// <summary>The day before voting.</summary>
    public const string H1Pemungutan = "h-1-pemungutan";

    /// <summary>All kinds in the order they are sent.</summary>
    public static IReadOnlyList<string> All { get; } = [KampanyeH7, KampanyeMulai, MasaTenang, H1Pemungutan];
}
