namespace NetralBot.Bot.Dashboard;

/// <summary>Subscribers of one channel.</summary>
/// <param name="Channel">telegram, whatsapp, …</param>
/// <param name="Reachable">Active and not opted out: a broadcast reaches them.</param>
/// <param name="OptedOut">Sent <c>/berhenti</c>.</param>
/// <param name="Inactive">Blocked the bot (or otherwise unreachable).</param>
internal sealed record ChannelSubscribers(string Channel, long Reachable, long OptedOut, long Inactive);
