using System.Security.Cryptography;
using System.Text;

namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>
/// The <c>X-Hub-Signature-256</c> check: <c>sha256=</c> followed by the hex HMAC-SHA256 of the raw request body keyed
/// with the app secret. The bytes hashed are the bytes received; re-serialized JSON would differ in spacing and escapes.
/// </summary>
internal static class WhatsAppSignature
{
    private const string Prefix = "sha256=";

    /// <summary>The header value Meta would send for <paramref name="body"/>.</summary>
    public static string Sign(ReadOnlySpan<byte> body, string appSecret) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body));

    /// <summary>True when <paramref name="header"/> is the signature of <paramref name="body"/>; compared in constant time.</summary>
    public static bool IsValid(string? header, ReadOnlySpan<byte> body, string appSecret)
    {
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || header.Length != Prefix.Length + 64)
        {
            return false;
        }

        byte[] presented;
        try
        {
            presented = Convert.FromHexString(header.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body);
        return CryptographicOperations.FixedTimeEquals(presented, expected);
    }
}
