namespace NetralBot.Bot.Pledges;

/// <summary>The employment status a person pledges under.</summary>
internal enum EmploymentStatus
{
    /// <summary>Pegawai Negeri Sipil (civil servant); has a NIP.</summary>
    Pns,

    /// <summary>Pegawai Pemerintah dengan Perjanjian Kerja (contract civil servant); has a NIP.</summary>
    Pppk,

    /// <summary>Non-ASN staff (honorer, contract); no NIP.</summary>
    NonAsn,
}
