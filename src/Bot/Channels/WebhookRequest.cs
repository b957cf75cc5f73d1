using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace NetralBot.Bot.Channels;

/// <summary>What every platform's webhook does with an untrusted request before anything is parsed.</summary>
internal static class WebhookRequest
{
    /// <summary>
    /// Reads the body, or returns null as soon as it grows past <paramref name="maxBytes"/> (a lying or absent
    /// Content-Length). With a declared length within the cap it reads straight into an array of that size (the server
    /// never hands over more than the declared bytes, and fails the read on fewer); without one, through a pooled chunk.
    /// </summary>
    public static async Task<byte[]?> ReadCappedAsync(Stream body, long? declaredLength, int maxBytes, CancellationToken cancellationToken)
    {
        if (declaredLength is { } length && length <= maxBytes)
        {
            var exact = new byte[length];
            await body.ReadExactlyAsync(exact, cancellationToken);
            return await body.ReadAsync(new byte[1], cancellationToken) == 0 ? exact : null;
        }

        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            using var buffer = new MemoryStream();
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
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>Constant-time comparison, so response timing does not reveal how much of a guess was right; empty never matches.</summary>
    public static bool SecretMatches(string? presented, string? expected) =>
        !string.IsNullOrEmpty(presented) && !string.IsNullOrEmpty(expected)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
