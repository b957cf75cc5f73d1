using System.Diagnostics;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Channels.Telegram;
using NetralBot.Bot.Channels.Telegram.Models;
using NetralBot.Bot.Subscribers;

namespace NetralBot.Bot.Broadcasts;

/// <summary>
/// Sends due broadcast jobs: a global token bucket (<see cref="BroadcastOptions.GlobalRatePerSecond"/>) and a per-chat
/// bucket (one message per <see cref="BroadcastOptions.PerChatInterval"/>) gate every send. A 429 pauses every
/// worker for its <c>retry_after</c> (Telegram's flood limit is per bot, not per chat); 5xx and network errors back
/// off exponentially. The client it is given should not retry itself (one attempt), so these waits are shared.
/// A row becomes <c>sent</c> only after the API answered ok.
/// </summary>
/// <remarks>
/// Window of doubt: a worker whose process dies after Telegram accepted a message but before the row was updated
/// leaves that row pending, and it is sent again after the restart. Each worker has at most one message in flight,
/// so at most <see cref="BroadcastOptions.Workers"/> recipients can get a message twice after a crash. A graceful
/// stop lets in-flight sends finish and record their outcome, so it repeats nobody.
/// </remarks>
public sealed class BroadcastSender : IDisposable
{
    private const int PageSize = 500;

    private readonly IBroadcastStore _store;
    private readonly TelegramApiClient _client;
    private readonly ISubscriberStore _subscribers;
    private readonly BroadcastOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<BroadcastSender> _logger;
    private readonly TelegramRetryOptions _retry;
    private readonly IRetryDelay _delay;
    private readonly TokenBucketRateLimiter _global;
    private long _pausedUntilTicks;
    private readonly PartitionedRateLimiter<string> _perChat;

    /// <summary>Creates the sender and its rate limiters.</summary>
    public BroadcastSender(
        IBroadcastStore store,
        TelegramApiClient client,
        ISubscriberStore subscribers,
        BroadcastOptions options,
        TelegramRetryOptions retry,
        IRetryDelay delay,
        TimeProvider time,
        ILogger<BroadcastSender> logger)
    {
        _retry = retry;
        _delay = delay;
        _store = store;
        _client = client;
        _subscribers = subscribers;
        _options = options;
        _time = time;
        _logger = logger;

        // Small periods keep the rate smooth: 30/s → one token every 33 ms rather than a burst of 30 each second.
        var period = TimeSpan.FromSeconds(Math.Max(0.01, 1 / options.GlobalRatePerSecond));
        var tokens = Math.Max(1, (int)Math.Round(options.GlobalRatePerSecond * period.TotalSeconds));
        _global = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
        _perChat = PartitionedRateLimiter.Create<string, string>(chat => RateLimitPartition.GetTokenBucketLimiter(chat, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = options.PerChatInterval,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }));
    }

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
        var afterId = 0L;
        while (true)
        {
            var page = await _store.PendingAsync(job.Id, afterId, PageSize, stoppingToken);
            if (page.Count == 0)
            {
                break;
            }

            afterId = page[^1].Id;
            await Parallel.ForEachAsync(
                page,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Workers), CancellationToken = stoppingToken },
                (row, token) => new ValueTask(DeliverAsync(job, row, token)));
            var counts = await _store.CountsAsync(job.Id, stoppingToken);
            _logger.LogInformation(
                "Broadcast {JobId} progress: {Sent} sent, {Failed} failed, {Blocked} blocked, {Pending} pending",
                job.Id, counts.Sent, counts.Failed, counts.Blocked, counts.Pending);
        }

        var final = await _store.CountsAsync(job.Id, stoppingToken);
        await _store.MarkDoneAsync(job.Id, _time.GetUtcNow(), stoppingToken);
        _logger.LogInformation(
            "Broadcast {JobId} done: {Sent} sent, {Failed} failed, {Blocked} blocked in {Seconds:F1} s",
            job.Id, final.Sent, final.Failed, final.Blocked, clock.Elapsed.TotalSeconds);
        await ReportAsync(job, final, clock.Elapsed);
    }

    private async Task DeliverAsync(BroadcastJob job, PendingDelivery row, CancellationToken stoppingToken)
    {
        // Waiting for a token honours the stop; the send itself does not, so an accepted message is always recorded.
        await AcquireAsync(_global.AcquireAsync(1, stoppingToken));
        await AcquireAsync(_perChat.AcquireAsync(row.Channel + ":" + row.ChatId, 1, stoppingToken));
        if (row.Channel != TelegramReplySender.Channel || !long.TryParse(row.ChatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId))
        {
            await _store.MarkDeliveryAsync(row.Id, DeliveryStatus.Failed, "channel not supported", _time.GetUtcNow(), CancellationToken.None);
            return;
        }

        DeliveryStatus status;
        string? error = null;
        try
        {
            await SendWithRetriesAsync(job, chatId, stoppingToken);
            status = DeliveryStatus.Sent;
        }
        catch (TelegramApiException exception) when (exception.IsForbidden)
        {
            status = DeliveryStatus.Blocked;
            error = exception.Description;
            await _subscribers.MarkInactiveAsync(row.Channel, row.ChatId, exception.Description, CancellationToken.None);
        }
        catch (TelegramApiException exception) when (exception.ErrorCode != 429 && exception.ErrorCode < 500)
        {
            status = DeliveryStatus.Failed;
            error = $"{exception.ErrorCode} {exception.Description}";
        }

        await _store.MarkDeliveryAsync(row.Id, status, error, _time.GetUtcNow(), CancellationToken.None);
    }

    private async Task SendWithRetriesAsync(BroadcastJob job, long chatId, CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var pausedFor = new DateTimeOffset(Interlocked.Read(ref _pausedUntilTicks), TimeSpan.Zero) - _time.GetUtcNow();
            if (pausedFor > TimeSpan.Zero)
            {
                await _delay.WaitAsync(pausedFor, stoppingToken); // not yet sent: stopping here repeats nobody
            }

            try
            {
                // The send itself ignores the stop, so an accepted message is always recorded.
                await _client.SendMessageAsync(new SendMessageRequest(chatId, TelegramHtml.Escape(job.Text), "HTML", null), CancellationToken.None);
                return;
            }
            catch (TelegramApiException exception) when (exception.ErrorCode == 429)
            {
                var wait = TimeSpan.FromSeconds(Math.Max(1, exception.RetryAfter ?? 1));
                PauseAll(wait);
                if (attempt >= _retry.MaxAttempts || wait > _retry.MaxRetryAfter)
                {
                    throw new BroadcastInterruptedException($"Telegram flood limit; broadcast {job.Id} paused", wait, exception);
                }

                _logger.LogWarning("Broadcast {JobId} hit the flood limit; all workers wait {Seconds} s as asked", job.Id, wait.TotalSeconds);
            }
            catch (Exception exception) when (exception is HttpRequestException || (exception is TelegramApiException api && api.ErrorCode >= 500))
            {
                if (attempt >= _retry.MaxAttempts)
                {
                    throw new BroadcastInterruptedException($"Telegram failing ({exception.Message}); broadcast {job.Id} paused", _options.PollInterval, exception);
                }

                var ticks = _retry.BaseBackoff.Ticks * (1L << Math.Min(attempt - 1, 20));
                await _delay.WaitAsync(TimeSpan.FromTicks(Math.Min(ticks, _retry.MaxBackoff.Ticks)), stoppingToken);
            }
        }
    }

    private void PauseAll(TimeSpan wait)
    {
        var until = (_time.GetUtcNow() + wait).UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _pausedUntilTicks);
            if (current >= until)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _pausedUntilTicks, until, current) != current);
    }

    private static async Task AcquireAsync(ValueTask<RateLimitLease> acquiring)
    {
        using var lease = await acquiring;
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("Rate limiter queue refused a lease.");
        }
    }

    private async Task ReportAsync(BroadcastJob job, BroadcastCounts counts, TimeSpan duration)
    {
        const string Prefix = TelegramReplySender.Channel + ":";
        if (!job.CreatedBy.StartsWith(Prefix, StringComparison.Ordinal)
            || !long.TryParse(job.CreatedBy[Prefix.Length..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var adminChat))
        {
            return;
        }

        try
        {
            await _client.SendMessageAsync(new SendMessageRequest(adminChat, TelegramHtml.Escape(BroadcastTexts.Report(job.Id, counts, duration)), "HTML", null), CancellationToken.None);
        }
        catch (Exception exception) when (exception is TelegramApiException or HttpRequestException)
        {
            _logger.LogWarning("Could not send the report of broadcast {JobId} to its admin: {Error}", job.Id, exception.Message);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _global.Dispose();
        _perChat.Dispose();
    }
}
