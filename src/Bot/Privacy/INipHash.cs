namespace NetralBot.Bot.Privacy;

/// <summary>
/// The keyed hash kept in place of an erased NIP: an agency that holds a NIP can still find the anonymised pledge,
/// nobody can read the NIP back (a plain hash of 18 structured digits could be reversed by trying them all).
/// </summary>
internal interface INipHash
{
    /// <summary>The hash of <paramref name="nip"/>; null when no key is available (nothing is kept then).</summary>
    string? Hash(string nip);
}
