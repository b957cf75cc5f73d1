namespace NetralBot.Knowledge.Calendar;

/// <summary>Names of <see cref="ElectionPhaseKind"/> as written in the calendar file and shown to users.</summary>
internal static class ElectionPhaseKinds
{
    /// <summary>All kinds in chronological order.</summary>
    public static IReadOnlyList<ElectionPhaseKind> All { get; } =
    [
        ElectionPhaseKind.Pendaftaran,
        ElectionPhaseKind.Kampanye,
        ElectionPhaseKind.MasaTenang,
        ElectionPhaseKind.PemungutanSuara,
    ];

    /// <summary>The Indonesian name, e.g. "Masa tenang".</summary>
    public static string DisplayName(this ElectionPhaseKind kind) => kind switch
    {
        ElectionPhaseKind.Pendaftaran => "Pendaftaran",
        ElectionPhaseKind.Kampanye => "Kampanye",
        ElectionPhaseKind.MasaTenang => "Masa tenang",
        ElectionPhaseKind.PemungutanSuara => "Pemungutan suara",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown phase kind."),
    };

    /// <summary>Reads a phase name as written in the file ("Kampanye", "masa kampanye", "Masa tenang", "Pemungutan suara").</summary>
    public static bool TryParse(string text, out ElectionPhaseKind kind)
    {
        switch (string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant())
        {
            case "pendaftaran":
                kind = ElectionPhaseKind.Pendaftaran;
                return true;
            case "kampanye" or "masa kampanye":
                kind = ElectionPhaseKind.Kampanye;
                return true;
            case "masa tenang":
                kind = ElectionPhaseKind.MasaTenang;
                return true;
            case "pemungutan suara" or "pemungutan" or "hari pemungutan suara":
                kind = ElectionPhaseKind.PemungutanSuara;
                return true;
            default:
                kind = default;
                return false;
        }
    }
}
