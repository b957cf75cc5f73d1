namespace NetralBot.Knowledge.Calendar;

/// <summary>The phases of an election the bot knows about, in chronological order.</summary>
public enum ElectionPhaseKind
{
    /// <summary>Registration of candidates (pendaftaran).</summary>
    Pendaftaran,

    /// <summary>Campaign period (masa kampanye).</summary>
    Kampanye,

    /// <summary>Quiet period before voting (masa tenang).</summary>
    MasaTenang,

    /// <summary>Voting day (pemungutan suara).</summary>
    PemungutanSuara,
}
