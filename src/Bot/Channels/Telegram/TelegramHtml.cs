using System.Text;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>HTML parse mode needs only &amp;, &lt; and &gt; escaped.</summary>
internal static class TelegramHtml
{
    /// <summary>Escapes plain text for <c>parse_mode=HTML</c>.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
