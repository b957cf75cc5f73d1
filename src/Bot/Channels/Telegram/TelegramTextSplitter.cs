namespace NetralBot.Bot.Channels.Telegram;

/// <summary>Splits plain text into messages of at most 4096 characters, preferring paragraph, then line, then sentence, then word boundaries.</summary>
public static class TelegramTextSplitter
{
    /// <summary>Telegram's limit on message text after entity parsing.</summary>
    public const int MaxMessageLength = 4096;

    /// <summary>Splits <paramref name="text"/>; short text comes back as one part. Splitting happens before HTML escaping, so no tag is ever cut.</summary>
    public static IReadOnlyList<string> Split(string text, int maxLength = MaxMessageLength)
    {
        var parts = new List<string>();
        var rest = text.Trim();
        while (rest.Length > maxLength)
        {
            var window = rest[..maxLength];
            var cut = LastBoundary(window, "\n\n", maxLength / 4)
                ?? LastBoundary(window, "\n", maxLength / 4)
                ?? LastBoundary(window, ". ", maxLength / 4)
                ?? LastBoundary(window, " ", maxLength / 4)
                ?? (char.IsHighSurrogate(window[^1]) ? maxLength - 1 : maxLength);
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    private static int? LastBoundary(string window, string separator, int minimum)
    {
        var index = window.LastIndexOf(separator, StringComparison.Ordinal);
        return index >= minimum ? index + separator.Length : null;
    }
}
