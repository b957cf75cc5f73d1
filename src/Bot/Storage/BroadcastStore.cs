using System.Data.Common;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Common;
using NetralBot.Bot.Pledges;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Storage;

/// <summary>Broadcast jobs and their delivery rows, one per recipient.</summary>
internal sealed class BroadcastStore(StoreDatabase database) : IBroadcastStore
{
    private const string JobColumns = "id, text, target_kind, target_agency, created_by, created_at, scheduled_at, status, started_at, finished_at, reminder_kind, target_zone";
    private static readonly TimeSpan MaterializeNowWindow = TimeSpan.FromMinutes(1);

    // Delivery outcomes waiting for the group commit in WriteMarksAsync, and whether a writer is running.
    private readonly object _marksGate = new();
    private List<(object Row, TaskCompletionSource Done)> _marks = [];
    private bool _writingMarks;

    public async Task<long> CountRecipientsAsync(BroadcastTarget target, string electionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await CountAsync(connection, null, target, electionId, cancellationToken);
    }

    public async Task<(long JobId, long Recipients)> CreateAsync(
        string text, BroadcastTarget target, string electionId, string createdBy, DateTimeOffset createdAt, DateTimeOffset scheduledAt,
        string? reminderKind, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // A write transaction: the recipient list is a snapshot taken together with the job.
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var jobId = await connection.ScalarAsync<long>(
            """
            INSERT INTO broadcast_jobs(text, target_kind, target_agency, election_id, created_by, created_at, scheduled_at, status, reminder_kind, target_zone)
            VALUES (@text, @kind, @agency, @electionId, @createdBy, @at, @due, 'queued', @reminderKind, @zone) RETURNING id
            """,
            new
            {
                text,
                kind = target.Kind.ToString(),
                agency = target.Agency,
                electionId,
                createdBy,
                at = database.Time(createdAt),
                due = database.Time(scheduledAt),
                reminderKind,
                zone = target.Zone?.Abbreviation(),
            },
            transaction,
            cancellationToken);

        // A job for later gets its recipients when it starts, so people who subscribe meanwhile are included;
        // the count returned now is the estimate for the preview.
        var recipients = scheduledAt > createdAt + MaterializeNowWindow
            ? await CountAsync(connection, transaction, target, electionId, cancellationToken)
            : await InsertRecipientsAsync(connection, transaction, jobId, target, electionId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (jobId, recipients);
    }

    public async Task<BroadcastJob?> FindAsync(long jobId, CancellationToken cancellationToken = default) =>
        (await database.QueryAsync($"SELECT {JobColumns} FROM broadcast_jobs WHERE id = @jobId", new { jobId }, ReadJob, cancellationToken)).FirstOrDefault();

    public async Task<BroadcastJob?> NextDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        // Running first: a job interrupted by a restart is finished before a new one starts.
        (await database.QueryAsync(
            $"""
            SELECT {JobColumns} FROM broadcast_jobs
            WHERE status = 'running' OR (status = 'queued' AND scheduled_at <= @now)
            ORDER BY status = 'running' DESC, scheduled_at, id LIMIT 1
            """,
            new { now = database.Time(now) },
            ReadJob,
            cancellationToken)).FirstOrDefault();

    public async Task MarkStartedAsync(long jobId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        // Locked: the queued → running step and its recipient snapshot happen once, even if two callers race.
        var job = (await connection.QueryRowsAsync(
            $"""
            SELECT target_kind, target_agency, election_id, status, EXISTS (SELECT 1 FROM broadcast_deliveries WHERE job_id = @jobId), target_zone
            FROM broadcast_jobs WHERE id = @jobId{database.ForUpdate}
            """,
            new { jobId },
            reader => (
                Target: ReadTarget(reader, 0, 1, 5),
                ElectionId: StoreDatabase.ReadTextOrNull(reader, 2) ?? string.Empty,
                Materialize: reader.GetString(3) == "queued" && !Convert.ToBoolean(reader.GetValue(4), System.Globalization.CultureInfo.InvariantCulture)),
            transaction,
            cancellationToken)).ToArray();
        if (job.Length == 0)
        {
            return;
        }

        if (job[0].Materialize)
        {
            await InsertRecipientsAsync(connection, transaction, jobId, job[0].Target, job[0].ElectionId, cancellationToken);
        }

        await connection.ExecuteStatementAsync(
            "UPDATE broadcast_jobs SET status = 'running', started_at = COALESCE(started_at, @at) WHERE id = @jobId AND status IN ('queued', 'running')",
            new { jobId, at = database.Time(at) },
            transaction,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<BroadcastJob>> ListQueuedAsync(CancellationToken cancellationToken = default) =>
        await database.QueryAsync($"SELECT {JobColumns} FROM broadcast_jobs WHERE status = 'queued' ORDER BY scheduled_at, id", null, ReadJob, cancellationToken);

    public async Task<bool> CancelAsync(long jobId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(
            "UPDATE broadcast_jobs SET status = 'cancelled', finished_at = @at WHERE id = @jobId AND status = 'queued'", new { jobId, at = database.Time(at) }, cancellationToken) == 1;

    public async Task<IReadOnlyList<PendingDelivery>> PendingAsync(long jobId, long afterId, int limit, CancellationToken cancellationToken = default) =>
        await database.QueryAsync(
            "SELECT id, channel, chat_id FROM broadcast_deliveries WHERE job_id = @jobId AND status = 'pending' AND id > @afterId ORDER BY id LIMIT @limit",
            new { jobId, afterId, limit },
            reader => new PendingDelivery(reader.GetInt64(0), Channel.Parse(reader.GetString(1)), reader.GetString(2)),
            cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// Group commit: the outcomes that workers report while a write is under way are written together in the next
    /// transaction, so with SQLite's <c>synchronous = FULL</c> one fsync serves a batch instead of one message (a commit
    /// per row held a 1,000/s broadcast to ~850/s). Each call still returns only once its own row is committed, so a
    /// worker never has more than one unrecorded message and the window of doubt after a crash is unchanged.
    /// </remarks>
    public Task MarkDeliveryAsync(
        long deliveryId, DeliveryStatus status, string? error, DateTimeOffset at, string? platformMessageId = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var row = new { id = deliveryId, status = StatusText(status), error, at = database.Time(at), platformMessageId };
        bool startWriter;
        lock (_marksGate)
        {
            _marks.Add((row, done));
            startWriter = !_writingMarks;
            _writingMarks = true;
        }

        if (startWriter)
        {
            _ = Task.Run(WriteMarksAsync, CancellationToken.None);
        }

        return done.Task;
    }

    private async Task WriteMarksAsync()
    {
        while (true)
        {
            List<(object Row, TaskCompletionSource Done)> batch;
            lock (_marksGate)
            {
                if (_marks.Count == 0)
                {
                    _writingMarks = false;
                    return;
                }

                batch = _marks;
                _marks = [];
            }

            try
            {
                await using var connection = await database.OpenConnectionAsync();
                await using var transaction = await database.BeginWriteAsync(connection, CancellationToken.None);
                // Dapper runs the statement once per row of the batch, on one prepared command.
                await connection.ExecuteStatementAsync(
                    "UPDATE broadcast_deliveries SET status = @status, error = @error, updated_at = @at, platform_message_id = @platformMessageId WHERE id = @id",
                    batch.Select(mark => mark.Row).ToList(),
                    transaction,
                    CancellationToken.None);
                await transaction.CommitAsync();
                batch.ForEach(mark => mark.Done.TrySetResult());
            }
            catch (Exception exception)
            {
                // Nothing of the batch was committed: every caller learns it, as with a failed write of its own.
                batch.ForEach(mark => mark.Done.TrySetException(exception));
            }
        }
    }

    public async Task<bool> RecordLateFailureAsync(
        Channel channel, string platformMessageId, DeliveryStatus status, string error, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        // "status = 'sent'" makes a redelivered callback a no-op and never turns a pending (window of doubt) row into a
        // failure; the equality on platform_message_id lets SQLite use the partial index of migration 7.
        await database.ExecuteAsync(
            """
            UPDATE broadcast_deliveries SET status = @status, error = @error, updated_at = @at
            WHERE channel = @channel AND platform_message_id = @platformMessageId AND status = 'sent'
            """,
            new { status = StatusText(status), error, at = database.Time(at), channel = channel.Name, platformMessageId },
            cancellationToken) > 0;

    public async Task<BroadcastCounts> CountsAsync(long jobId, CancellationToken cancellationToken = default) =>
        Counts(await database.QueryAsync(
            "SELECT status, COUNT(*) FROM broadcast_deliveries WHERE job_id = @jobId GROUP BY status",
            new { jobId },
            reader => (Status: reader.GetString(0), Count: reader.GetInt64(1)),
            cancellationToken));

    public Task MarkDoneAsync(long jobId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("UPDATE broadcast_jobs SET status = 'done', finished_at = @at WHERE id = @jobId", new { jobId, at = database.Time(at) }, cancellationToken);

    private async Task<long> InsertRecipientsAsync(
        DbConnection connection, DbTransaction transaction, long jobId, BroadcastTarget target, string electionId, CancellationToken cancellationToken) =>
        await connection.ExecuteStatementAsync(
            "INSERT INTO broadcast_deliveries(job_id, channel, chat_id, status) SELECT @jobId, s.channel, s.chat_id, 'pending' FROM subscribers s WHERE "
            + RecipientFilter(target) + " ORDER BY s.channel, s.chat_id",
            TargetParameters(target, electionId, jobId),
            transaction,
            cancellationToken);

    private Task<long> CountAsync(DbConnection connection, DbTransaction? transaction, BroadcastTarget target, string electionId, CancellationToken cancellationToken) =>
        connection.ScalarAsync<long>("SELECT COUNT(*) FROM subscribers s WHERE " + RecipientFilter(target), TargetParameters(target, electionId, 0), transaction, cancellationToken);

    // Recipients are active (no 403) and not opted out (/berhenti), and in the target's zone when it has one.
    private string RecipientFilter(BroadcastTarget target) => $"s.is_active = {database.True} AND s.opted_out_at IS NULL AND " + ZoneFilter(target) + (target.Kind switch
    {
        // The agency of a subscriber is the one named in their latest pledge.
        BroadcastTargetKind.Instansi => "(SELECT p.agency_key FROM pledges p WHERE p.channel = s.channel AND p.channel_user_id = s.user_id ORDER BY p.id DESC LIMIT 1) = @agencyKey",
        // Roster: a subscriber is tied to a roster NIP by any pledge of theirs (an earlier election's, usually).
        BroadcastTargetKind.Roster => "EXISTS (SELECT 1 FROM pledges p JOIN roster_employees r ON r.nip = p.nip WHERE p.channel = s.channel AND p.channel_user_id = s.user_id "
            + "AND r.agency_key = @agencyKey AND NOT EXISTS (SELECT 1 FROM pledges q WHERE q.nip = r.nip AND q.election_id = @electionId))",
        BroadcastTargetKind.NotPledged => "NOT EXISTS (SELECT 1 FROM pledges p WHERE p.election_id = @electionId AND p.channel = s.channel AND p.channel_user_id = s.user_id)",
        _ => "1 = 1",
    });

    // Subscribers without a zone belong to the default one, so a plan queued once per zone reaches each of them once.
    private static string ZoneFilter(BroadcastTarget target) => target.Zone switch
    {
        null => string.Empty,
        BroadcastTarget.DefaultZone => "(s.time_zone = @zone OR s.time_zone IS NULL) AND ",
        _ => "s.time_zone = @zone AND ",
    };

    private static object TargetParameters(BroadcastTarget target, string electionId, long jobId) =>
        new { jobId, zone = target.Zone?.Abbreviation(), agencyKey = AgencyKey.Of(target.Agency ?? string.Empty), electionId };

    // The stored form of a row status: lower case, words joined by "_" ("outside_window"), the same on both databases.
    private static string StatusText(DeliveryStatus status) => status == DeliveryStatus.OutsideWindow ? "outside_window" : status.ToString().ToLowerInvariant();

    private static BroadcastCounts Counts(List<(string Status, long Count)> rows)
    {
        long Of(DeliveryStatus status) => rows.Where(row => row.Status == StatusText(status)).Sum(row => row.Count);
        return new BroadcastCounts(Of(DeliveryStatus.Pending), Of(DeliveryStatus.Sent), Of(DeliveryStatus.Failed), Of(DeliveryStatus.Blocked), Of(DeliveryStatus.OutsideWindow));
    }

    // Rows from before the zone column have none: they read back as unzoned targets, as they were queued.
    private static BroadcastTarget ReadTarget(DbDataReader reader, int kind, int agency, int zone) => new(
        Enum.Parse<BroadcastTargetKind>(reader.GetString(kind)),
        StoreDatabase.ReadTextOrNull(reader, agency),
        IndonesianTimeZones.TryParse(StoreDatabase.ReadTextOrNull(reader, zone) ?? string.Empty, out var parsed) ? parsed : null);

    private static BroadcastJob ReadJob(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        ReadTarget(reader, 2, 3, 11),
        BroadcastCreator.Parse(reader.GetString(4)),
        StoreDatabase.ReadTime(reader, 5),
        StoreDatabase.ReadTime(reader, 6),
        Enum.Parse<BroadcastJobStatus>(reader.GetString(7), ignoreCase: true),
        StoreDatabase.ReadTimeOrNull(reader, 8),
        StoreDatabase.ReadTimeOrNull(reader, 9),
        StoreDatabase.ReadTextOrNull(reader, 10));
}
