namespace NetralBot.Bot.Privacy;

/// <summary>The Indonesian texts of the private-chat rule.</summary>
internal static class PrivacyTexts
{
    /// <summary>The reply in a group to something that holds personal data.</summary>
    /// <param name="what">What was asked for, e.g. "Ikrar" or "/statistik".</param>
    /// <param name="link">The link that opens the private chat, when known.</param>
    /// <param name="command">The command to type there, when one was typed.</param>
    public static string ContinueInPrivate(string what, string? link, string? command)
    {
        var then = command is null or "/ikrar" or "/start" or "/status" ? string.Empty : $", lalu ketik {command}";
        var where = link is null
            ? "Silakan buka chat pribadi dengan bot ini" + (command is null ? "." : $" dan ketik {command} di sana.")
            : $"Silakan lanjutkan di chat pribadi: {link}{then}" + ".";
        return $"{what} memuat data pribadi, jadi hanya dilayani di chat pribadi, bukan di grup. {where}";
    }
}
