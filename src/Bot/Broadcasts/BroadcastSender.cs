using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Common;
using NetralBot.Bot.Subscribers;

namespace NetralBot.Bot.Broadcasts;

/// <summary>
/// Sends due broadcast jobs through the channel adapters (<see cref="IBroadcastChannel"/>). Each channel has its own
/// global token bucket and per-chat bucket, from its <see cref="BroadcastChannelLimits"/>, gating every send. A
/// <see cref="DeliveryOutcomeKind.RateLimited"/> outcome pauses every worker sending on that channel for the wait
/// asked (a platform's flood limit is per bot, not per chat); <see cref="DeliveryOutcomeKind.Transient"/> backs off
/// exponentially. Adapters make one attempt per call, so these waits are shared. A row becomes <c>sent</c> only
/// after the platform accepted the message.
/// </summary>
/// <remarks>
/// Window of doubt: a worker whose process dies after the platform accepted a message but before the row was updated
/// leaves that row pending, and it is sent again after the restart. Each worker has at most one message in flight,
/// so at most <see cref="BroadcastOptions.Workers"/> recipients can get a message twice after a crash. A graceful
/// stop lets in-flight sends finish and record their outcome, so it repeats nobody.
/// </remarks>
internal sealed class BroadcastSender : IDisposable
{
    /// <summary>The error stored on a row whose channel has no adapter in this process.</summary>
    public const string ChannelNotConfigured = "channel not configured";

    private const int PageSize = 500;
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(10);

    private readonly IBroadcastStore _store;
    private readonly ISubscriberStore _subscribers;
    private readonly BroadcastOptions _options;
    private readonly BroadcastRetryOptions _retry;
    private readonly IBroadcastDelay _delay;
    private readonly TimeProvider _time;
    private readonly ILogger<BroadcastSender> _logger;
    private readonly Dictionary<Channel, BroadcastChannelLane> _lanes;
    private readonly Dictionary<Channel, IAdminNotifier> _notifiers;

    /// <summary>Creates the sender and one set of rate limiters per channel.</summary>
    /// <exception cref="ArgumentException">Two adapters or notifiers name the same channel, or a channel's limits are invalid.</exception>
    public BroadcastSender(
        IBroadcastStore store,
        IEnumerable<IBroadcastChannel> channels,
        IEnumerable<IAdminNotifier> notifiers,
        ISubscriberStore subscribers,
        BroadcastOptions options,
        BroadcastRetryOptions retry,
        IBroadcastDelay delay,
        TimeProvider time,
        ILogger<BroadcastSender> logger)
    {
        _store = store;
        _subscribers = subscribers;
        _options = options;
        _retry = retry;
        _delay = delay;
        _time = time;
        _logger = logger;
        _lanes = [];
        foreach (var channel in channels)
        {
            if (!_lanes.TryAdd(channel.Channel, new BroadcastChannelLane(channel)))
            {
                throw new ArgumentException($"Two broadcast adapters for channel \"{channel.Channel}\".", nameof(channels));
            }
        }

        _notifiers = [];
        foreach (var notifier in notifiers)
        {
            if (!_notifiers.TryAdd(notifier.Channel, notifier))
            {
                throw new ArgumentException($"Two admin notifiers for channel \"{notifier.Channel}\".", nameof(notifiers));
            }
        }
    }

    /// <summary>The channels this sender can deliver to.</summary>
    public IReadOnlyCollection<Channel> Channels => _lanes.Keys;

    /// <summary>Runs the next due job to its end, if there is one.</summary>
    /// <returns>True when a job was worked on.</returns>
    public async Task<bool> RunNextDueAsync(CancellationToken stoppingToken)
    {
        var job = await _store.NextDueAsync(_time.GetUtcNow(), stoppingToken);
        if (job is null)
        {
            return false;
        }

        await RunJobAsync(job, stoppingToken);
        return true;
    }

    /// <summary>Sends the pending rows of <paramref name="job"/>; on <paramref name="stoppingToken"/> it stops taking new rows.</summary>
    public async Task RunJobAsync(BroadcastJob job, CancellationToken stoppingToken)
    {
        await _store.MarkStartedAsync(job.Id, _time.GetUtcNow(), stoppingToken);
        var clock = Stopwatch.StartNew();
        _logger.LogInformation("Broadcast {JobId} ({Target}) started", job.Id, job.Target);
        var message = new BroadcastMessage(job.Id, job.Text, job.ReminderKind);
        await Parallel.ForEachAsync(
            PendingRowsAsync(job.Id, clock, stoppingToken),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Workers), CancellationToken = stoppingToken },
            (row, token) => new ValueTask(DeliverAsync(message, row, token)));

        var final = await _store.CountsAsync(job.Id, stoppingToken);
        await _store.MarkDoneAsync(job.Id, _time.GetUtcNow(), stoppingToken);
        _logger.LogInformation(
            "Broadcast {JobId} done: {Sent} sent, {Failed} failed, {Blocked} blocked, {OutsideWindow} outside window in {Seconds:F1} s",
            job.Id, final.Sent, final.Failed, final.Blocked, final.OutsideWindow, clock.Elapsed.TotalSeconds);
        await ReportAsync(job, final, clock.Elapsed);
    }

    /// <summary>
    /// The job's pending rows, read a page at a time while the workers go on sending: waiting for every worker at each
    /// page boundary cost 1–2 % of a 5,000/s broadcast. Progress is logged at page boundaries, at most every
    /// <see cref="ProgressInterval"/>, because counting scans the job's rows.
    /// </summary>
    private async IAsyncEnumerable<PendingDelivery> PendingRowsAsync(long jobId, Stopwatch clock, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var afterId = 0L;
        var nextProgress = ProgressInterval;
        while (true)
        {
            var page = await _store.PendingAsync(jobId, afterId, PageSize, cancellationToken);
            if (page.Count == 0)
            {
                yield break;
            }

            afterId = page[^1].Id;
            foreach (var row in page)
            {
                yield return row;
            }

            if (clock.Elapsed >= nextProgress)
            {
                nextProgress = clock.Elapsed + ProgressInterval;
                var counts = await _store.CountsAsync(jobId, cancellationToken);
                _logger.LogInformation(
                    "Broadcast {JobId} progress: {Sent} sent, {Failed} failed, {Blocked} blocked, {OutsideWindow} outside window, {Pending} pending",
                    jobId, counts.Sent, counts.Failed, counts.Blocked, counts.OutsideWindow, counts.Pending);
            }
        }
    }

    private async Task DeliverAsync(BroadcastMessage message, PendingDelivery row, CancellationToken stoppingToken)
    {
        if (!_lanes.TryGetValue(row.Channel, out var lane))
        {
            // E.g. WhatsApp subscribers while only Telegram is configured: fail the row now rather than leave the job unfinishable.
            await _store.MarkDeliveryAsync(row.Id, DeliveryStatus.Failed, ChannelNotConfigured, _time.GetUtcNow(), cancellationToken: CancellationToken.None);
            return;
        }

        // Waiting for a token honours the stop; the send itself does not, so an accepted message is always recorded.
        await lane.AcquireAsync(row.ChatId, stoppingToken);
        var outcome = await SendWithRetriesAsync(message, lane, row.ChatId, stoppingToken);
        DeliveryStatus status;
        switch (outcome.Kind)
        {
            case DeliveryOutcomeKind.Sent:
                status = DeliveryStatus.Sent;
                break;
            case DeliveryOutcomeKind.Blocked:
                status = DeliveryStatus.Blocked;
                await _subscribers.MarkInactiveAsync(row.Channel, row.ChatId, outcome.Detail ?? "blocked", CancellationToken.None);
                break;
            case DeliveryOutcomeKind.OutsideWindow:
                status = DeliveryStatus.OutsideWindow;
                break;
            default:
                status = DeliveryStatus.Failed;
                break;
        }

        await _store.MarkDeliveryAsync(
            row.Id,
            status,
            status == DeliveryStatus.Sent ? null : outcome.Detail,
            _time.GetUtcNow(),
            status == DeliveryStatus.Sent ? outcome.MessageId : null,
            CancellationToken.None);
    }

    /// <returns>A final outcome: never <see cref="DeliveryOutcomeKind.RateLimited"/> or <see cref="DeliveryOutcomeKind.Transient"/>.</returns>
    private async Task<DeliveryOutcome> SendWithRetriesAsync(BroadcastMessage message, BroadcastChannelLane lane, string chatId, CancellationToken stoppingToken)
    {
        var channel = lane.Channel.Channel;
        for (var attempt = 1; ; attempt++)
        {
            var pausedFor = lane.PausedFor(_time.GetUtcNow());
            if (pausedFor > TimeSpan.Zero)
            {
                await _delay.WaitAsync(pausedFor, stoppingToken); // not yet sent: stopping here repeats nobody
            }

            // The send itself ignores the stop, so an accepted message is always recorded.
            var outcome = await lane.Channel.DeliverAsync(message, chatId, CancellationToken.None);
            switch (outcome.Kind)
            {
                case DeliveryOutcomeKind.RateLimited:
                    var wait = outcome.RetryAfter is { } asked && asked > TimeSpan.FromSeconds(1) ? asked : TimeSpan.FromSeconds(1);
                    lane.PauseAll(_time.GetUtcNow(), wait);
                    if (attempt >= _retry.MaxAttempts || wait > _retry.MaxRetryAfter)
                    {
                        throw new BroadcastInterruptedException($"{channel} flood limit ({outcome.Detail}); broadcast {message.JobId} paused", wait);
                    }

                    _logger.LogWarning(
                        "Broadcast {JobId} hit the {Channel} flood limit; all its workers wait {Seconds} s as asked", message.JobId, channel, wait.TotalSeconds);
                    break;
                case DeliveryOutcomeKind.Transient:
                    if (attempt >= _retry.MaxAttempts)
                    {
                        throw new BroadcastInterruptedException($"{channel} failing ({outcome.Detail}); broadcast {message.JobId} paused", _options.PollInterval);
                    }

                    var ticks = _retry.BaseBackoff.Ticks * (1L << Math.Min(attempt - 1, 20));
                    await _delay.WaitAsync(TimeSpan.FromTicks(Math.Min(ticks, _retry.MaxBackoff.Ticks)), stoppingToken);
                    break;
                default:
                    return outcome;
            }
        }
    }

    private async Task ReportAsync(BroadcastJob job, BroadcastCounts counts, TimeSpan duration)
    {
        if (job.CreatedBy.Admin is not { } admin)
        {
            return;
        }

        if (!_notifiers.TryGetValue(admin.Channel, out var notifier))
        {
            // E.g. a job queued on WhatsApp, finished by a serve without WhatsApp: say so rather than drop the report unseen.
            _logger.LogWarning("No {Channel} admin notifier in this process; the report of broadcast {JobId} was not sent", admin.Channel, job.Id);
            return;
        }

        try
        {
            await notifier.NotifyAsync(admin.UserId, BroadcastTexts.Report(job.Id, counts, duration), CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The job is done and recorded; a lost report must not make the service retry it.
            _logger.LogWarning("Could not send the report of broadcast {JobId} to its admin: {Error}", job.Id, exception.Message);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var lane in _lanes.Values)
        {
            lane.Dispose();
        }
    }
}
