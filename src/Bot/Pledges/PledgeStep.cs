namespace NetralBot.Bot.Pledges;

/// <summary>Where a person is in the pledge dialog: the question the bot waits an answer for.</summary>
internal enum PledgeStep
{
    /// <summary>Waiting for the full name.</summary>
    FullName,

    /// <summary>Waiting for PNS / PPPK / Non-ASN.</summary>
    Status,

    /// <summary>Waiting for the NIP.</summary>
    Nip,

    /// <summary>Waiting for the agency.</summary>
    Agency,

    /// <summary>Waiting for the work unit.</summary>
    WorkUnit,

    /// <summary>Waiting for "SAYA BERIKRAR" or the ✅ button.</summary>
    Confirm,
}
