using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Common;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>
/// Works off the Telegram inbox: one lane per chat, chats in parallel, each chat's updates in arrival order. A turn's
/// writes and the update's completion are made durable together before its replies are sent, so a crash never answers
/// twice. A failing update is retried <see cref="ITelegramInbox.MaxAttempts"/> times, then parked, and its chat goes on.
/// Turns run in at most <see cref="ITelegramInbox.ParallelTurns"/> slots; waiting for the shared flush and sending replies
/// happen outside them, so a chat waiting out a 429 delays only itself.
/// Works only while this process holds the <see cref="LeaseName"/> lease.
/// </summary>
internal sealed class TelegramInboxService(
    ITelegramInbox inbox,
    TelegramUpdateProcessor processor,
    TelegramInboxSignal signal,
    IBackgroundLease leases,
    IRetryDelay delay,
    ILogger<TelegramInboxService> logger) : BackgroundService
{
    /// <summary>The lease that the processing instance holds.</summary>
    public const string LeaseName = "telegram-inbox";

    private const int BatchSize = 500;
    private const int MaxQueued = 5_000;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    private readonly object _gate = new();
    private readonly Dictionary<string, Queue<TelegramInboxItem>> _chats = new(StringComparer.Ordinal);
    private readonly HashSet<long> _known = [];
    private readonly SemaphoreSlim _slots = new(inbox.ParallelTurns, inbox.ParallelTurns);
    private readonly List<Task> _lanes = [];
    private readonly HashSet<long> _toldStorageFailure = [];
    private bool _rescan;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var lease = new BackgroundLeaseSlot(leases, LeaseName, logger);
        long after = 0;
        var lastRescan = DateTimeOffset.MinValue;
        Task<bool>? wake = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await lease.EnsureHeldAsync(stoppingToken))
                {
                    await Task.Delay(PollInterval, stoppingToken);
                    after = 0;
                    continue;
                }

                if (TakeRescan() || DateTimeOffset.UtcNow - lastRescan > PollInterval)
                {
                    // From the start again: rows left by a failed lane, or committed out of id order by another instance.
                    after = 0;
                    lastRescan = DateTimeOffset.UtcNow;
                }

                if (Queued() < MaxQueued)
                {
                    var items = await inbox.PendingAsync(after, BatchSize, stoppingToken);
                    after = Dispatch(items, after, stoppingToken);
                    if (items.Count == BatchSize)
                    {
                        continue;
                    }
                }

                lock (_gate)
                {
                    _lanes.RemoveAll(l => l.IsCompleted);
                }

                // Lanes take their chat's later rows themselves: only new rows (or room in a full queue) need this loop.
                wake ??= signal.WaitAsync(PollInterval, stoppingToken);
                await (Queued() < MaxQueued ? wake : (Task)Task.WhenAny(wake, Task.Delay(TimeSpan.FromMilliseconds(100), stoppingToken)));
                if (wake.IsCompleted)
                {
                    wake = null;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                logger.LogError("Reading the Telegram inbox failed ({Error}); retrying", exception.GetType().Name);
                await Task.Delay(PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        Task[] left;
        lock (_gate)
        {
            left = [.. _lanes];
        }

        await Task.WhenAll(left).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private bool TakeFirstStorageFailure(long id)
    {
        lock (_gate)
        {
            return _toldStorageFailure.Add(id);
        }
    }

    private bool TakeRescan()
    {
        lock (_gate)
        {
            var rescan = _rescan;
            _rescan = false;
            return rescan;
        }
    }

    private int Queued()
    {
        lock (_gate)
        {
            return _known.Count;
        }
    }

    /// <summary>Queues new items on their chat and starts a lane for each chat that has none; returns the highest id seen.</summary>
    private long Dispatch(IReadOnlyList<TelegramInboxItem> items, long after, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var item in items)
            {
                after = Math.Max(after, item.Id);
                if (!_known.Add(item.Id))
                {
                    continue;
                }

                if (_chats.TryGetValue(item.ChatKey, out var queue))
                {
                    queue.Enqueue(item); // its lane is running and will take it
                    continue;
                }

                queue = new Queue<TelegramInboxItem>();
                queue.Enqueue(item);
                _chats[item.ChatKey] = queue;
                _lanes.Add(Task.Run(() => RunLaneAsync(item.ChatKey, queue, cancellationToken), CancellationToken.None));
            }

            return after;
        }
    }

    private async Task RunLaneAsync(string chatKey, Queue<TelegramInboxItem> queue, CancellationToken cancellationToken)
    {
        while (true)
        {
            TelegramInboxItem item;
            lock (_gate)
            {
                if (!queue.TryPeek(out item!))
                {
                    _chats.Remove(chatKey);
                    return;
                }
            }

            var finished = false;
            try
            {
                finished = await ProcessAsync(item, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The inbox itself failed (e.g. the database is gone): the row stays and is read again on a rescan.
                logger.LogError("Telegram update {UpdateId} could not be recorded ({Error})", item.UpdateId, exception.GetType().Name);
            }

            lock (_gate)
            {
                queue.Dequeue();
                _known.Remove(item.Id);
                if (!finished)
                {
                    // Keep the chat's order: drop its later items too; the next rescan queues them all again.
                    foreach (var later in queue)
                    {
                        _known.Remove(later.Id);
                    }

                    queue.Clear();
                    _rescan = true;
                }
            }

            if (cancellationToken.IsCancellationRequested)
            {
                lock (_gate)
                {
                    _chats.Remove(chatKey);
                }

                return;
            }
        }
    }

    /// <summary>Processes one item to its end: completed (and answered) or parked. Throws when the inbox could record neither.</summary>
    private async Task<bool> ProcessAsync(TelegramInboxItem item, CancellationToken cancellationToken)
    {
        for (var attempt = item.Attempts + 1; ; attempt++)
        {
            TelegramTurnResult? result = null;
            Exception? failure = null;
            try
            {
                var update = JsonSerializer.Deserialize<Update>(item.Payload, JsonBotAPI.Options)
                    ?? throw new JsonException("null update");
                if (TelegramUpdateShape.Problem(update) is { } problem)
                {
                    throw new InvalidDataException(problem);
                }

                await _slots.WaitAsync(cancellationToken);
                try
                {
                    using (inbox.BeginTurn())
                    {
                        result = await processor.HandleAsync(update, cancellationToken);
                    }
                }
                finally
                {
                    _slots.Release();
                }

                // Outside the slot: waiting for the shared flush to disk costs no CPU and no lock, and many turns share it.
                await inbox.CompleteAsync(item.Id, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failure = exception;
            }

            if (failure is null)
            {
                await processor.SendAsync(item.UpdateId, result!, cancellationToken);
                return true;
            }

            // The type only: messages of parsing and storage errors may quote what the user wrote.
            logger.LogError("Telegram update {UpdateId} failed on attempt {Attempt} ({Error})", item.UpdateId, attempt, failure.GetType().Name);
            if (StorageFailures.IsUnavailable(failure) && TakeFirstStorageFailure(item.Id)
                && long.TryParse(item.ChatKey, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var chatId))
            {
                // The database takes no writes (disk full, read-only ...): tell the user once per update rather than stay silent.
                await processor.SendStorageUnavailableAsync(chatId, cancellationToken);
            }

            if (await inbox.FailAsync(item.Id, failure.GetType().Name, CancellationToken.None))
            {
                logger.LogError("Telegram update {UpdateId} parked in telegram_inbox after {Attempts} attempts; its chat goes on", item.UpdateId, attempt);
                return true;
            }

            await delay.WaitAsync(TimeSpan.FromMilliseconds(200 << Math.Min(attempt, 6)), cancellationToken);
        }
    }
}
