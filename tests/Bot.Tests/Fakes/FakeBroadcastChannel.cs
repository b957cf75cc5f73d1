using System.Collections.Concurrent;
using System.Diagnostics;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Common;

namespace NetralBot.Bot.Tests.Fakes;

/// <summary>
/// A second channel for the delivery engine's unit boundary: records every attempt with its time and answers from a
/// per-chat script (then <see cref="DeliveryOutcome.Sent"/>).
/// </summary>
internal sealed class FakeBroadcastChannel(Channel channel, BroadcastChannelLimits limits) : IBroadcastChannel
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<DeliveryOutcome>> _script = new();
    private readonly ConcurrentQueue<(string ChatId, BroadcastMessage Message, DeliveryOutcome Outcome, TimeSpan At)> _attempts = new();

    public Channel Channel { get; } = channel;

    public BroadcastChannelLimits Limits { get; } = limits;

    public IReadOnlyList<(string ChatId, BroadcastMessage Message, DeliveryOutcome Outcome, TimeSpan At)> Attempts => _attempts.ToList();

    /// <summary>The times of the attempts the channel accepted.</summary>
    public IReadOnlyList<TimeSpan> AcceptTimes => _attempts.Where(a => a.Outcome.Kind == DeliveryOutcomeKind.Sent).Select(a => a.At).Order().ToList();

    public void Script(string chatId, params DeliveryOutcome[] outcomes)
    {
        var queue = _script.GetOrAdd(chatId, _ => new());
        foreach (var outcome in outcomes)
        {
            queue.Enqueue(outcome);
        }
    }

    public Task<DeliveryOutcome> DeliverAsync(BroadcastMessage message, string chatId, CancellationToken cancellationToken)
    {
        var outcome = _script.TryGetValue(chatId, out var queue) && queue.TryDequeue(out var scripted) ? scripted : DeliveryOutcome.Sent;
        _attempts.Enqueue((chatId, message, outcome, _clock.Elapsed));
        return Task.FromResult(outcome);
    }
}
