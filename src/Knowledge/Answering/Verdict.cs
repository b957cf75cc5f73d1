namespace NetralBot.Knowledge.Answering;

/// <summary>The ruling an answer gives on the situation asked about.</summary>
public enum Verdict
{
    /// <summary>Allowed.</summary>
    Boleh,

    /// <summary>Forbidden.</summary>
    Dilarang,

    /// <summary>Allowed only under the conditions the answer states.</summary>
    Bersyarat,

    /// <summary>Information without a ruling: definitions, dates, channels, the pledge text.</summary>
    Info,

    /// <summary>The bot is not sure; it offers the closest topics instead of guessing.</summary>
    TidakTahu,
}

/// <summary>Conversions between <see cref="Verdict"/> and the upper-case words used in the KB and the <c>ask</c> contract.</summary>
public static class VerdictNames
{
    /// <summary>The contract name: BOLEH, DILARANG, BERSYARAT, INFO or TIDAK_TAHU.</summary>
    public static string ToContractName(this Verdict verdict) => verdict switch
    {
        Verdict.Boleh => "BOLEH",
        Verdict.Dilarang => "DILARANG",
        Verdict.Bersyarat => "BERSYARAT",
        Verdict.Info => "INFO",
        _ => "TIDAK_TAHU",
    };

    /// <summary>Parses a contract name (any case, surrounding spaces ignored).</summary>
    public static bool TryParse(string? text, out Verdict verdict)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "BOLEH": verdict = Verdict.Boleh; return true;
            case "DILARANG": verdict = Verdict.Dilarang; return true;
            case "BERSYARAT": verdict = Verdict.Bersyarat; return true;
            case "INFO": verdict = Verdict.Info; return true;
            case "TIDAK_TAHU" or "TIDAK TAHU": verdict = Verdict.TidakTahu; return true;
            default: verdict = Verdict.TidakTahu; return false;
        }
    }
}
