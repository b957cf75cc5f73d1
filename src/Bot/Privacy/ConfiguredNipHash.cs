namespace NetralBot.Bot.Privacy;

/// <summary>The NIP kept after erasure as <see cref="UserIdHash.ForValue"/> with the purpose "nip": the one keyed hash.</summary>
internal sealed class ConfiguredNipHash(UserIdHash hash) : INipHash
{
    /// <inheritdoc />
    public string? Hash(string nip) => hash.ForValue("nip", nip);
}
