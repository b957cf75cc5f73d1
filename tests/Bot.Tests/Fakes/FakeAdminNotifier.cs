using System.Collections.Concurrent;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Common;

namespace NetralBot.Bot.Tests.Fakes;

/// <summary>Records the reports the engine sends to admins of one channel.</summary>
internal sealed class FakeAdminNotifier(Channel channel) : IAdminNotifier
{
    private readonly ConcurrentQueue<(string UserId, string Text)> _sent = new();

    public Channel Channel { get; } = channel;

    public IReadOnlyList<(string UserId, string Text)> Sent => _sent.ToList();

    public Task NotifyAsync(string userId, string text, CancellationToken cancellationToken)
    {
        _sent.Enqueue((userId, text));
        return Task.CompletedTask;
    }
}
