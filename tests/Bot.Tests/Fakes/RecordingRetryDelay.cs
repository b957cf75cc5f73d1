using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Channels;

namespace NetralBot.Bot.Tests.Fakes;

/// <summary>Records requested waits (of the Telegram client and of the broadcast engine) without sleeping, so retry tests are not timed.</summary>
internal sealed class RecordingRetryDelay : IRetryDelay, IBroadcastDelay
{
    private readonly List<TimeSpan> _delays = [];
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A wait of exactly this length blocks until <see cref="ReleaseHeld"/> (a flood wait still in progress); null: none does.</summary>
    public TimeSpan? Hold { get; set; }

    /// <summary>Ends the held waits.</summary>
    public void ReleaseHeld() => _gate.TrySetResult();

    public IReadOnlyList<TimeSpan> Delays { get { lock (_delays) { return _delays.ToList(); } } }

    public Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        lock (_delays)
        {
            _delays.Add(delay);
        }

        return delay == Hold
            ? _gate.Task.WaitAsync(cancellationToken)
            : Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken); // a token pause, never the requested time
    }
}
