using System.Globalization;
using Microsoft.Data.Sqlite;
using NetralBot.Bot.Broadcasts;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>Broadcast jobs and delivery rows in SQLite.</summary>
public sealed class SqliteBroadcastStore(SqliteDatabase database) : IBroadcastStore
{
    private static readonly TimeSpan MaterializeNowWindow = TimeSpan.FromMinutes(1);

    // Delivery outcomes waiting for the group commit in WriteMarksAsync, and whether a writer is running.
    private readonly object _marksGate = new();
    private List<(long Id, string Status, string? Error, string At, string? MessageId, TaskCompletionSource Done)> _marks = [];
    private bool _writingMarks;

    private const string JobColumns = "id, text, target_kind, target_agency, created_by, created_at, scheduled_at, status, started_at, finished_at, reminder_kind, target_zone";

    /// <inheritdoc />
    public async Task<long> CountRecipientsAsync(BroadcastTarget target, string electionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await CountAsync(connection, null, target, electionId, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<(long JobId, long Recipients)> CreateAsync(
        string text, BroadcastTarget target, string electionId, string createdBy, DateTimeOffset createdAt, DateTimeOffset scheduledAt,
        string? reminderKind, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // IMMEDIATE: the recipient list is a snapshot taken under the write lock, together with the job.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var job = connection.CreateCommand();
        job.Transaction = transaction;
        job.CommandText = """
            INSERT INTO broadcast_jobs(text, target_kind, target_agency, election_id, created_by, created_at, scheduled_at, status, reminder_kind, target_zone)
            VALUES ($text, $kind, $agency, $e, $by, $at, $due, 'queued', $reminder, $zone) RETURNING id
            """;
        job.Parameters.AddWithValue("$text", text);
        job.Parameters.AddWithValue("$kind", target.Kind.ToString());
        job.Parameters.AddWithValue("$agency", (object?)target.Agency ?? DBNull.Value);
        job.Parameters.AddWithValue("$e", electionId);
        job.Parameters.AddWithValue("$by", createdBy);
        job.Parameters.AddWithValue("$at", SqliteValues.ToText(createdAt));
        job.Parameters.AddWithValue("$due", SqliteValues.ToText(scheduledAt));
        job.Parameters.AddWithValue("$reminder", (object?)reminderKind ?? DBNull.Value);
        job.Parameters.AddWithValue("$zone", (object?)target.Zone?.Abbreviation() ?? DBNull.Value);
        var jobId = Convert.ToInt64(await job.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);

        // A job for later gets its recipients when it starts, so people who subscribe meanwhile are included;
        // the count returned now is the estimate for the preview.
        var recipients = scheduledAt > createdAt + MaterializeNowWindow
            ? await CountAsync(connection, transaction, target, electionId, cancellationToken)
            : await InsertRecipientsAsync(connection, transaction, jobId, target, electionId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (jobId, recipients);
    }

    /// <inheritdoc />
    public async Task<BroadcastJob?> FindAsync(long jobId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {JobColumns} FROM broadcast_jobs WHERE id = $id";
        command.Parameters.AddWithValue("$id", jobId);
        return await ReadJobAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<BroadcastJob?> NextDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Running first: a job interrupted by a restart is finished before a new one starts.
        command.CommandText = $"""
            SELECT {JobColumns} FROM broadcast_jobs
            WHERE status = 'running' OR (status = 'queued' AND scheduled_at <= $now)
            ORDER BY status = 'running' DESC, scheduled_at, id LIMIT 1
            """;
        command.Parameters.AddWithValue("$now", SqliteValues.ToText(now));
        return await ReadJobAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task MarkStartedAsync(long jobId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT target_kind, target_agency, election_id, status, EXISTS (SELECT 1 FROM broadcast_deliveries WHERE job_id = $id), target_zone FROM broadcast_jobs WHERE id = $id";
        read.Parameters.AddWithValue("$id", jobId);
        BroadcastTarget target;
        string electionId;
        bool materialize;
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return;
            }

            target = BroadcastStoredForm.ReadTarget(reader, 0, 1, 5);
            electionId = reader.IsDBNull(2) ? string.Empty : reader.GetString(2);
            // Only the queued → running step snapshots recipients, and in the same transaction: never twice.
            materialize = reader.GetString(3) == "queued" && reader.GetInt64(4) == 0;
        }

        if (materialize)
        {
            await InsertRecipientsAsync(connection, transaction, jobId, target, electionId, cancellationToken);
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE broadcast_jobs SET status = 'running', started_at = COALESCE(started_at, $at) WHERE id = $id AND status IN ('queued', 'running')";
        command.Parameters.AddWithValue("$id", jobId);
        command.Parameters.AddWithValue("$at", SqliteValues.ToText(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BroadcastJob>> ListQueuedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {JobColumns} FROM broadcast_jobs WHERE status = 'queued' ORDER BY scheduled_at, id";
        var jobs = new List<BroadcastJob>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            jobs.Add(ReadJob(reader));
        }

        return jobs;
    }

    /// <inheritdoc />
    public async Task<bool> CancelAsync(long jobId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE broadcast_jobs SET status = 'cancelled', finished_at = $at WHERE id = $id AND status = 'queued'";
        command.Parameters.AddWithValue("$id", jobId);
        command.Parameters.AddWithValue("$at", SqliteValues.ToText(at));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PendingDelivery>> PendingAsync(long jobId, long afterId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, channel, chat_id FROM broadcast_deliveries WHERE job_id = $job AND status = 'pending' AND id > $after ORDER BY id LIMIT $limit";
        command.Parameters.AddWithValue("$job", jobId);
        command.Parameters.AddWithValue("$after", afterId);
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<PendingDelivery>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new PendingDelivery(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Group commit: the outcomes that workers report while a write is under way are written together in the next
    /// transaction, so with <c>synchronous = FULL</c> one fsync serves a batch instead of one message (a commit per
    /// row held a 1,000/s broadcast to ~850/s). Each call still returns only once its own row is committed, so a
    /// worker never has more than one unrecorded message and the window of doubt after a crash is unchanged.
    /// </remarks>
    public Task MarkDeliveryAsync(
        long deliveryId, DeliveryStatus status, string? error, DateTimeOffset at, string? platformMessageId = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool startWriter;
        lock (_marksGate)
        {
            _marks.Add((deliveryId, BroadcastStoredForm.StatusText(status), error, SqliteValues.ToText(at), platformMessageId, done));
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
            List<(long Id, string Status, string? Error, string At, string? MessageId, TaskCompletionSource Done)> batch;
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
                await using var connection = await database.OpenAsync();
                await using var transaction = connection.BeginTransaction(deferred: false);
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "UPDATE broadcast_deliveries SET status = $s, error = $err, updated_at = $at, platform_message_id = $mid WHERE id = $id";
                var id = command.Parameters.Add("$id", SqliteType.Integer);
                var statusText = command.Parameters.Add("$s", SqliteType.Text);
                var errorText = command.Parameters.Add("$err", SqliteType.Text);
                var atText = command.Parameters.Add("$at", SqliteType.Text);
                var messageId = command.Parameters.Add("$mid", SqliteType.Text);
                foreach (var mark in batch)
                {
                    id.Value = mark.Id;
                    statusText.Value = mark.Status;
                    errorText.Value = (object?)mark.Error ?? DBNull.Value;
                    atText.Value = mark.At;
                    messageId.Value = (object?)mark.MessageId ?? DBNull.Value;
                    await command.ExecuteNonQueryAsync();
                }

                await transaction.CommitAsync();
                foreach (var mark in batch)
                {
                    mark.Done.TrySetResult();
                }
            }
            catch (Exception exception)
            {
                // Nothing of the batch was committed: every caller learns it, as with a failed write of its own.
                foreach (var mark in batch)
                {
                    mark.Done.TrySetException(exception);
                }
            }
        }
    }

    /// <inheritdoc />
    public async Task<bool> RecordLateFailureAsync(
        string channel, string platformMessageId, DeliveryStatus status, string error, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // "status = 'sent'" makes a redelivered callback a no-op and never turns a pending (window of doubt) row into a
        // failure; the equality on platform_message_id lets SQLite use the partial index of migration 7.
        command.CommandText = """
            UPDATE broadcast_deliveries SET status = $s, error = $err, updated_at = $at
            WHERE channel = $c AND platform_message_id = $mid AND status = 'sent'
            """;
        command.Parameters.AddWithValue("$s", BroadcastStoredForm.StatusText(status));
        command.Parameters.AddWithValue("$err", error);
        command.Parameters.AddWithValue("$at", SqliteValues.ToText(at));
        command.Parameters.AddWithValue("$c", channel);
        command.Parameters.AddWithValue("$mid", platformMessageId);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    /// <inheritdoc />
    public async Task<BroadcastCounts> CountsAsync(long jobId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status, COUNT(*) FROM broadcast_deliveries WHERE job_id = $job GROUP BY status";
        command.Parameters.AddWithValue("$job", jobId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await BroadcastStoredForm.ReadCountsAsync(reader, cancellationToken);
    }

    /// <inheritdoc />
    public async Task MarkDoneAsync(long jobId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE broadcast_jobs SET status = 'done', finished_at = $at WHERE id = $id";
        command.Parameters.AddWithValue("$id", jobId);
        command.Parameters.AddWithValue("$at", SqliteValues.ToText(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> InsertRecipientsAsync(
        SqliteConnection connection, SqliteTransaction transaction, long jobId, BroadcastTarget target, string electionId, CancellationToken cancellationToken)
    {
        await using var rows = connection.CreateCommand();
        rows.Transaction = transaction;
        rows.CommandText = "INSERT INTO broadcast_deliveries(job_id, channel, chat_id, status) SELECT $job, s.channel, s.chat_id, 'pending' FROM subscribers s WHERE "
            + RecipientFilter(target) + " ORDER BY s.channel, s.chat_id";
        rows.Parameters.AddWithValue("$job", jobId);
        AddTargetParameters(rows, target, electionId);
        return await rows.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> CountAsync(
        SqliteConnection connection, SqliteTransaction? transaction, BroadcastTarget target, string electionId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM subscribers s WHERE " + RecipientFilter(target);
        AddTargetParameters(command, target, electionId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    // Recipients are active (no 403) and not opted out (/berhenti), and in the target's zone when it has one.
    private static string RecipientFilter(BroadcastTarget target) => "s.is_active = 1 AND s.opted_out_at IS NULL AND " + ZoneFilter(target) + (target.Kind switch
    {
        // The agency of a subscriber is the one named in their latest pledge.
        BroadcastTargetKind.Instansi => """
            (SELECT p.agency FROM pledges p WHERE p.channel = s.channel AND p.channel_user_id = s.user_id ORDER BY p.id DESC LIMIT 1) = $agency COLLATE NOCASE
            """,
        BroadcastTargetKind.NotPledged => """
            NOT EXISTS (SELECT 1 FROM pledges p WHERE p.election_id = $e AND p.channel = s.channel AND p.channel_user_id = s.user_id)
            """,
        _ => "1 = 1",
    });

    // Subscribers without a zone belong to the default one, so a plan queued once per zone reaches each of them once.
    private static string ZoneFilter(BroadcastTarget target) => target.Zone switch
    {
        null => string.Empty,
        BroadcastTarget.DefaultZone => "(s.time_zone = $zone OR s.time_zone IS NULL) AND ",
        _ => "s.time_zone = $zone AND ",
    };

    private static void AddTargetParameters(SqliteCommand command, BroadcastTarget target, string electionId)
    {
        if (target.Zone is { } zone)
        {
            command.Parameters.AddWithValue("$zone", zone.Abbreviation());
        }

        if (target.Kind == BroadcastTargetKind.Instansi)
        {
            command.Parameters.AddWithValue("$agency", target.Agency ?? string.Empty);
        }
        else if (target.Kind == BroadcastTargetKind.NotPledged)
        {
            command.Parameters.AddWithValue("$e", electionId);
        }
    }

    private static async Task<BroadcastJob?> ReadJobAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadJob(reader) : null;
    }

    private static BroadcastJob ReadJob(SqliteDataReader reader)
    {
        return new BroadcastJob(
            reader.GetInt64(0),
            reader.GetString(1),
            BroadcastStoredForm.ReadTarget(reader, 2, 3, 11),
            reader.GetString(4),
            SqliteValues.ToTime(reader.GetString(5)),
            SqliteValues.ToTime(reader.GetString(6)),
            Enum.Parse<BroadcastJobStatus>(reader.GetString(7), ignoreCase: true),
            reader.IsDBNull(8) ? null : SqliteValues.ToTime(reader.GetString(8)),
            reader.IsDBNull(9) ? null : SqliteValues.ToTime(reader.GetString(9)),
            reader.IsDBNull(10) ? null : reader.GetString(10));
    }
}
