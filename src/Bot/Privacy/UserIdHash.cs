using System.Security.Cryptography;
using System.Text;
using NetralBot.Bot.Common;

namespace NetralBot.Bot.Privacy;

/// <summary>
/// The one keyed hash (HMAC-SHA256) for identifiers kept where the identifier itself must not be: the question log
/// and feedback store a user's hash, never the user id. Without the key the hash cannot be reversed by trying every
/// phone number or Telegram id. The key comes from <c>Privacy:HashKey</c>, or is generated once and kept in the
/// database (<see cref="IHashKeyStore"/>); it is never logged and this type never prints it.
/// </summary>
internal sealed class UserIdHash
{
    /// <summary>The shortest key accepted, in bytes (a configured key is its UTF-8 bytes).</summary>
    public const int MinimumKeyBytes = 16;

    private readonly byte[] _key;

    /// <summary>A hash with <paramref name="key"/>.</summary>
    public UserIdHash(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"The hash key needs at least {MinimumKeyBytes} bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    /// <summary>The hash of a user on a channel (64 lower-case hex digits), the same on every instance with the same key.</summary>
    public string ForUser(Channel channel, string userId) => ForValue("user", channel.Name + ":" + userId); // the text hashed before Channel was a type

    /// <summary>
    /// The hash of any other identifier (a chat, a NIP); <paramref name="purpose"/> keeps hashes of different kinds of
    /// value apart, so a chat id never hashes to the same text as an equal user id.
    /// </summary>
    public string ForValue(string purpose, string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(purpose + "\n" + value)));

    /// <inheritdoc />
    public override string ToString() => nameof(UserIdHash); // never the key
}
