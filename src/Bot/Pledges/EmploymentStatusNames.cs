namespace NetralBot.Bot.Pledges;

/// <summary>Display and storage names of <see cref="EmploymentStatus"/>.</summary>
internal static class EmploymentStatusNames
{
    /// <summary>The name shown to users and stored in the database: PNS, PPPK or Non-ASN.</summary>
    public static string ToDisplayName(this EmploymentStatus status) => status switch
    {
        EmploymentStatus.Pns => "PNS",
        EmploymentStatus.Pppk => "PPPK",
        _ => "Non-ASN",
    };

    /// <summary>True when the status carries a NIP.</summary>
    public static bool HasNip(this EmploymentStatus status) => status is EmploymentStatus.Pns or EmploymentStatus.Pppk;

    /// <summary>Reads the stored name (exactly PNS, PPPK or Non-ASN); anything else is an error, never a silent Non-ASN.</summary>
    /// <exception cref="InvalidDataException">The stored value is not one of the three names.</exception>
    public static EmploymentStatus FromStored(string stored) => stored switch
    {
        "PNS" => EmploymentStatus.Pns,
        "PPPK" => EmploymentStatus.Pppk,
        "Non-ASN" => EmploymentStatus.NonAsn,
        _ => throw new InvalidDataException($"Stored employment status \"{stored}\" is not PNS, PPPK or Non-ASN."),
    };

    /// <summary>Parses a display name or a user's typed variant ("pns", "non asn", "honorer").</summary>
    public static bool TryParse(string? text, out EmploymentStatus status)
    {
        var key = new string((text ?? string.Empty).Where(char.IsLetter).ToArray()).ToUpperInvariant();
        switch (key)
        {
            case "PNS": status = EmploymentStatus.Pns; return true;
            case "PPPK": status = EmploymentStatus.Pppk; return true;
            case "NONASN" or "NONPNS" or "HONORER": status = EmploymentStatus.NonAsn; return true;
            default: status = EmploymentStatus.NonAsn; return false;
        }
    }
}
