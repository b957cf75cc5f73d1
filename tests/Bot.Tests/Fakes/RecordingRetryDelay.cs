using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Channels;

namespace NetralBot.Bot.Tests.Fakes;

/// <summary>Records requested waits (of the Telegram client and of the broadcast engine) without sleeping, so retry tests are not timed.</summary>
public sealed class RecordingRetryDelay : IRetryDelay, IBroadcastDelay
{
    private readonly List<TimeSpan> _delays = [];

    public IReadOnlyList<TimeSpan> Delays { get { lock (_delays) { return _delays.ToList(); } } }

    public Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        lock (_delays)
        {
            _delays.Add(delay);
        }

        return Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken); // a token pause, never the requested time
    }
}
