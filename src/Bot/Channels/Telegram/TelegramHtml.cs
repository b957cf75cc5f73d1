using System.Buffers;
using System.Text;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>HTML parse mode needs only &amp;, &lt; and &gt; escaped.</summary>
internal static class TelegramHtml
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>");

    /// <summary>Escapes plain text for <c>parse_mode=HTML</c>; text without those characters is returned as it is.</summary>
    public static string Escape(string text)
    {
        var next = text.AsSpan().IndexOfAny(Special);
        if (next < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        var rest = text.AsSpan();
        while (next >= 0)
        {
            builder.Append(rest[..next]).Append(rest[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                _ => "&gt;",
            });
            rest = rest[(next + 1)..];
            next = rest.IndexOfAny(Special);
        }

        return builder.Append(rest).ToString();
    }
}
