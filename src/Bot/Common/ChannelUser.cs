using System.Diagnostics.CodeAnalysis;

namespace NetralBot.Bot.Common;

/// <summary>
/// A user on a channel. Its text form <c>channel:user id</c> (<c>telegram:12345</c>) names an admin as an actor: in the
/// audit log, as a broadcast job's creator and in the dashboard's session cookie.
/// </summary>
/// <param name="Channel">The channel.</param>
/// <param name="UserId">The user's id there; in the text form only the first ':' separates.</param>
internal sealed record ChannelUser(Channel Channel, string UserId)
{
    /// <summary>Reads the text form; false for any other actor (<c>cli</c>, <c>scheduler</c>, <c>dihapus</c>) or an unknown channel.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out ChannelUser? user)
    {
        var separator = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        user = separator > 0 && separator < text!.Length - 1 && Channel.TryParse(text[..separator], out var channel)
            ? new ChannelUser(channel, text[(separator + 1)..])
            : null;
        return user is not null;
    }

    /// <inheritdoc />
    public override string ToString() => Channel.Name + ":" + UserId;
}
