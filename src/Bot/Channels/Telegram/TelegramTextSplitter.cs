namespace NetralBot.Bot.Channels.Telegram;

/// <summary>Splits plain text into Telegram messages of at most 4096 characters (see <see cref="TextSplitter"/>).</summary>
internal static class TelegramTextSplitter
{
    /// <summary>Telegram's limit on message text after entity parsing.</summary>
    public const int MaxMessageLength = 4096;

    /// <summary>Splits <paramref name="text"/>; short text comes back as one part. Splitting happens before HTML escaping, so no tag is ever cut.</summary>
    public static IReadOnlyList<string> Split(string text, int maxLength = MaxMessageLength) => TextSplitter.Split(text, maxLength);
}
