namespace NetralBot.Bot.Conversation;

/// <summary>A parsed slash command: <c>/start@NetralBot ikrar-bkn</c> → name <c>start</c>, payload <c>ikrar-bkn</c>.</summary>
/// <param name="Name">The command name, lower case, without slash and bot name.</param>
/// <param name="Payload">The rest of the text, trimmed; empty when none.</param>
internal sealed record BotCommand(string Name, string Payload)
{
    /// <summary>Parses a text that starts with '/', or returns null.</summary>
    public static BotCommand? TryParse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed[0] != '/' || trimmed.Length == 1)
        {
            return null;
        }

        var space = trimmed.IndexOfAny([' ', '\n', '\t']);
        var head = space < 0 ? trimmed[1..] : trimmed[1..space];
        var payload = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        var at = head.IndexOf('@');
        var name = (at < 0 ? head : head[..at]).ToLowerInvariant();
        return name.Length == 0 ? null : new BotCommand(name, payload);
    }
}
