using System.Security.Cryptography;

namespace NetralBot.Bot.Pledges;

/// <summary>Makes receipt codes like <c>NB-7KQ2-M4XD</c> from a CSPRNG; letters that look alike (0/O, 1/I/L) are left out.</summary>
internal sealed class ReceiptCodeGenerator
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>A new random code (31^8 ≈ 8.5e11 possibilities).</summary>
    public string Next()
    {
        var chars = RandomNumberGenerator.GetString(Alphabet, 8);
        return $"NB-{chars[..4]}-{chars[4..]}";
    }
}
