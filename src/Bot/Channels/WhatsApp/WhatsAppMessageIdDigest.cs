using System.Security.Cryptography;
using System.Text;

namespace NetralBot.Bot.Channels.WhatsApp;

/// <summary>
/// The stored form of a WhatsApp message id (<c>wamid</c>): its SHA-256, lower-case hex. A wamid is base64 that
/// encodes the sender's or recipient's phone number, so it is never stored in clear; the same digest is written and
/// looked up, so de-duplication and late-failure matching work as with the raw id. No key is needed: a wamid also
/// holds a random message key, so the digest cannot be reversed by trying phone numbers.
/// </summary>
internal static class WhatsAppMessageIdDigest
{
    public static string Of(string messageId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)));

    /// <summary>How logs name a message: a prefix of the digest, enough to follow one message through the log.</summary>
    public static string ForLog(string? messageId) => string.IsNullOrEmpty(messageId) ? "-" : Of(messageId)[..12];
}
