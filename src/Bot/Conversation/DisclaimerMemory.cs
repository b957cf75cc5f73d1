using System.Collections.Concurrent;
using NetralBot.Bot.Common;

namespace NetralBot.Bot.Conversation;

/// <summary>
/// Remembers, per chat, the day (WIB) the general-information disclaimer was last shown, so a chat sees it with its
/// first answer of the day instead of under every answer. Kept in memory on purpose: after a restart, or on another
/// instance of a multi-instance deployment, a chat sees it once more — harmless, and it needs no table.
/// </summary>
internal sealed class DisclaimerMemory
{
    private const int PruneAbove = 50_000;
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private readonly ConcurrentDictionary<string, DateOnly> _shownOn = new(StringComparer.Ordinal);

    /// <summary>True (and remembered) when the chat has not seen the disclaimer on the day of <paramref name="at"/>.</summary>
    public bool ShouldShow(Channel channel, string chatId, DateTimeOffset at)
    {
        var today = DateOnly.FromDateTime(at.ToOffset(Wib).DateTime);
        var key = channel.Name + ":" + chatId;
        var shown = false;
        _shownOn.AddOrUpdate(key, _ => { shown = true; return today; }, (_, last) => { shown = last != today; return today; });
        if (shown && _shownOn.Count > PruneAbove)
        {
            foreach (var entry in _shownOn.Where(e => e.Value < today))
            {
                _shownOn.TryRemove(entry);
            }
        }

        return shown;
    }
}
