using System.Text.RegularExpressions;

namespace NetralBot.Knowledge.Calendar;

/// <summary>
/// The editable Indonesian text of one reminder kind, with placeholders filled from the election:
/// <c>{pemilihan}</c>, <c>{kampanye_mulai}</c>, <c>{kampanye_selesai}</c>, <c>{masa_tenang_mulai}</c>,
/// <c>{masa_tenang_selesai}</c>, <c>{pemungutan}</c> (dates as "Rabu, 14 Februari 2024").
/// </summary>
/// <param name="Kind">A <see cref="ReminderKinds"/> id.</param>
/// <param name="Template">The text with placeholders.</param>
public sealed partial record ReminderTemplate(string Kind, string Template)
{
    /// <summary>The placeholders a template may use.</summary>
    public static IReadOnlyList<string> KnownPlaceholders { get; } =
        ["pemilihan", "kampanye_mulai", "kampanye_selesai", "masa_tenang_mulai", "masa_tenang_selesai", "pemungutan"];

    /// <summary>The placeholder names used in the template, in order of appearance.</summary>
    public IReadOnlyList<string> Placeholders =>
        PlaceholderPattern().Matches(Template).Select(m => m.Groups[1].Value).Distinct().ToList();

    /// <summary>Fills the placeholders; false with the missing placeholder when the election lacks a date it needs.</summary>
    public bool TryRender(Election election, out string text, out string? missing)
    {
        string? firstMissing = null;
        text = PlaceholderPattern().Replace(Template, m =>
        {
            var value = Value(election, m.Groups[1].Value);
            if (value is null)
            {
                firstMissing ??= m.Groups[1].Value;
                return m.Value;
            }

            return value;
        });
        missing = firstMissing;
        return missing is null;
    }

    private static string? Value(Election election, string name)
    {
        static string? Long(DateOnly? date) => date is { } d ? IndonesianDateNames.FormatLongDate(d) : null;
        return name switch
        {
            "pemilihan" => election.Name,
            "kampanye_mulai" => Long(election.Phase(ElectionPhaseKind.Kampanye).Start),
            "kampanye_selesai" => Long(election.Phase(ElectionPhaseKind.Kampanye).End),
            "masa_tenang_mulai" => Long(election.Phase(ElectionPhaseKind.MasaTenang).Start),
            "masa_tenang_selesai" => Long(election.Phase(ElectionPhaseKind.MasaTenang).End),
            "pemungutan" => Long(election.VotingDate),
            _ => null,
        };
    }

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex PlaceholderPattern();
}
