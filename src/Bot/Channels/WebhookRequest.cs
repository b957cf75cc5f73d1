using System.Security.Cryptography;
using System.Text;

namespace NetralBot.Bot.Channels;

/// <summary>What every platform's webhook does with an untrusted request before anything is parsed.</summary>
internal static class WebhookRequest
{
    /// <summary>Reads the body, or returns null as soon as it grows past <paramref name="maxBytes"/> (a lying or absent Content-Length).</summary>
    public static async Task<byte[]?> ReadCappedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Constant-time comparison, so response timing does not reveal how much of a guess was right; empty never matches.</summary>
    public static bool SecretMatches(string? presented, string? expected) =>
        !string.IsNullOrEmpty(presented) && !string.IsNullOrEmpty(expected)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
