using System.Globalization;
using System.Text;

namespace NetralBot.Bot.Conversation;

/// <summary>Lower-cases text and keeps only letters, digits and single spaces, for matching fixed phrases.</summary>
internal static class PhraseNormalizer
{
    /// <summary>"Assalamu'alaikum, Pak!" → "assalamualaikum pak".</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length, 256));
        var pendingSpace = false;
        foreach (var c in text.ToLower(CultureInfo.InvariantCulture))
        {
            if (builder.Length >= 256)
            {
                break; // fixed phrases are short; a huge message is not one of them.
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(c);
                pendingSpace = false;
            }
            else if (c is not ('\'' or '’' or '`'))
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
