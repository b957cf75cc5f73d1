using System.Diagnostics.CodeAnalysis;

namespace NetralBot.Bot.Common;

/// <summary>
/// A messaging channel the bot talks on. Stored as its <see cref="Name"/> (<c>telegram</c>, <c>whatsapp</c>,
/// <c>console</c>) in every table with a <c>channel</c> column and in the audit log's actors; the stores convert at
/// their boundary, so the stored text is the same as when channels were plain strings.
/// </summary>
internal sealed record Channel
{
    public static readonly Channel Telegram = new("telegram");
    public static readonly Channel WhatsApp = new("whatsapp");

    /// <summary>The local REPL (<c>chat</c>); its turns use the stores like any other channel.</summary>
    public static readonly Channel Console = new("console");

    private static readonly Channel[] Known = [Telegram, WhatsApp, Console];

    private Channel(string name) => Name = name;

    /// <summary>The stored form, lower case.</summary>
    public string Name { get; }

    /// <summary>The channel stored as <paramref name="name"/>.</summary>
    /// <exception cref="FormatException">Not a known channel: a row written by a newer version, or damaged.</exception>
    public static Channel Parse(string name) =>
        TryParse(name, out var channel)
            ? channel
            : throw new FormatException($"Unknown channel \"{name}\"; known: {string.Join(", ", Known.Select(c => c.Name))}.");

    /// <summary>The channel stored as <paramref name="name"/> (exact, lower case), or false.</summary>
    public static bool TryParse(string? name, [NotNullWhen(true)] out Channel? channel)
    {
        // A switch, not a search: every row a store reads goes through here.
        channel = name switch
        {
            "telegram" => Telegram,
            "whatsapp" => WhatsApp,
            "console" => Console,
            _ => null,
        };
        return channel is not null;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
