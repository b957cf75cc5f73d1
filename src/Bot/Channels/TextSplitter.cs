namespace NetralBot.Bot.Channels;

/// <summary>
/// Splits plain text into parts of at most a channel's budget, preferring paragraph, then line, then sentence, then
/// word boundaries, and never cutting a surrogate pair. Channels pass their own limit (Telegram 4096, WhatsApp text
/// 4096, WhatsApp interactive body 1024).
/// </summary>
internal static class TextSplitter
{
    /// <summary>Splits <paramref name="text"/>; text within <paramref name="maxLength"/> comes back as one part.</summary>
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
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
