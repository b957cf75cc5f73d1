using System.Security.Cryptography;
using System.Text;

namespace NetralBot.Bot.Privacy;

/// <summary>
/// HMAC-SHA256 of the NIP with the key <c>Privacy:HashKey</c> (at least 16 bytes), over "nip", a line feed and the NIP,
/// the construction of the shared user-id hash, so one key serves both. Without a configured key no hash is kept.
/// </summary>
internal sealed class ConfiguredNipHash(PrivacyOptions options) : INipHash
{
    private readonly byte[]? _key = options.HashKey is { Length: > 0 } key && Encoding.UTF8.GetByteCount(key) >= 16 ? Encoding.UTF8.GetBytes(key) : null;

    /// <inheritdoc />
    public string? Hash(string nip) =>
        _key is null ? null : Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes("nip\n" + nip)));

    /// <inheritdoc />
    public override string ToString() => nameof(ConfiguredNipHash); // never the key
}
