using NetralBot.Bot.Broadcasts;
using NetralBot.Knowledge.Calendar;
using Npgsql;
using NpgsqlTypes;

namespace NetralBot.Bot.Storage.Postgres;

/// <summary>
/// Broadcast jobs and delivery rows in PostgreSQL. Any instance may queue a job; only the instance holding the broadcast
/// lease (<see cref="Hosting.IBackgroundLease"/>) sends, so a row is never sent by two instances.
/// </summary>
public sealed class PostgresBroadcastStore(PostgresDatabase database) : IBroadcastStore
{
    private static readonly TimeSpan MaterializeNowWindow = TimeSpan.FromMinutes(1);

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
        // REPEATABLE READ: the recipient list is one snapshot, taken together with the job.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        await using var job = new NpgsqlCommand(
            """
            INSERT INTO broadcast_jobs(text, target_kind, target_agency, election_id, created_by, created_at, scheduled_at, status, reminder_kind, target_zone)
            VALUES (@text, @kind, @agency, @e, @by, @at, @due, 'queued', @reminder, @zone) RETURNING id
            """,
            connection,
            transaction);
        job.Parameters.AddWithValue("text", text);
        job.Parameters.AddWithValue("kind", target.Kind.ToString());
        job.Parameters.AddWithValue("agency", NpgsqlDbType.Text, PostgresValues.Nullable(target.Agency));
        job.Parameters.AddWithValue("e", electionId);
        job.Parameters.AddWithValue("by", createdBy);
        job.Parameters.AddWithValue("at", PostgresValues.Utc(createdAt));
        job.Parameters.AddWithValue("due", PostgresValues.Utc(scheduledAt));
        job.Parameters.AddWithValue("reminder", NpgsqlDbType.Text, PostgresValues.Nullable(reminderKind));
        job.Parameters.AddWithValue("zone", NpgsqlDbType.Text, PostgresValues.Nullable(target.Zone?.Abbreviation()));
        var jobId = (long)(await job.ExecuteScalarAsync(cancellationToken))!;

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
        await using var command = new NpgsqlCommand($"SELECT {JobColumns} FROM broadcast_jobs WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", jobId);
        return await ReadJobAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<BroadcastJob?> NextDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Running first: a job interrupted by a restart is finished before a new one starts.
        await using var command = new NpgsqlCommand(
            $"""
            SELECT {JobColumns} FROM broadcast_jobs
            WHERE status = 'running' OR (status = 'queued' AND scheduled_at <= @now)
            ORDER BY status = 'running' DESC, scheduled_at, id LIMIT 1
            """,
            connection);
        command.Parameters.AddWithValue("now", PostgresValues.Utc(now));
        return await ReadJobAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task MarkStartedAsync(long jobId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // FOR UPDATE: the queued → running step and its recipient snapshot happen once, even if two callers race.
        await using var read = new NpgsqlCommand(
            "SELECT target_kind, target_agency, election_id, status, EXISTS (SELECT 1 FROM broadcast_deliveries WHERE job_id = @id), target_zone FROM broadcast_jobs WHERE id = @id FOR UPDATE",
            connection,
            transaction);
        read.Parameters.AddWithValue("id", jobId);
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
            materialize = reader.GetString(3) == "queued" && !reader.GetBoolean(4);
        }

        if (materialize)
        {
            await InsertRecipientsAsync(connection, transaction, jobId, target, electionId, cancellationToken);
        }

        await using var command = new NpgsqlCommand(
            "UPDATE broadcast_jobs SET status = 'running', started_at = COALESCE(started_at, @at) WHERE id = @id AND status IN ('queued', 'running')",
            connection,
            transaction);
        command.Parameters.AddWithValue("id", jobId);
        command.Parameters.AddWithValue("at", PostgresValues.Utc(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BroadcastJob>> ListQueuedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT {JobColumns} FROM broadcast_jobs WHERE status = 'queued' ORDER BY scheduled_at, id", connection);
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
        await using var command = new NpgsqlCommand("UPDATE broadcast_jobs SET status = 'cancelled', finished_at = @at WHERE id = @id AND status = 'queued'", connection);
        command.Parameters.AddWithValue("id", jobId);
        command.Parameters.AddWithValue("at", PostgresValues.Utc(at));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PendingDelivery>> PendingAsync(long jobId, long afterId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT id, channel, chat_id FROM broadcast_deliveries WHERE job_id = @job AND status = 'pending' AND id > @after ORDER BY id LIMIT @limit",
            connection);
        command.Parameters.AddWithValue("job", jobId);
        command.Parameters.AddWithValue("after", afterId);
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<PendingDelivery>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new PendingDelivery(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    /// <inheritdoc />
    /// <remarks>One commit per row: PostgreSQL's WAL group commit batches concurrent commits itself.</remarks>
    public async Task MarkDeliveryAsync(
        long deliveryId, DeliveryStatus status, string? error, DateTimeOffset at, string? platformMessageId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "UPDATE broadcast_deliveries SET status = @s, error = @err, updated_at = @at, platform_message_id = @mid WHERE id = @id",
            connection);
        command.Parameters.AddWithValue("id", deliveryId);
        command.Parameters.AddWithValue("s", BroadcastStoredForm.StatusText(status));
        command.Parameters.AddWithValue("err", NpgsqlDbType.Text, PostgresValues.Nullable(error));
        command.Parameters.AddWithValue("at", PostgresValues.Utc(at));
        command.Parameters.AddWithValue("mid", NpgsqlDbType.Text, PostgresValues.Nullable(platformMessageId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> RecordLateFailureAsync(
        string channel, string platformMessageId, DeliveryStatus status, string error, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // "status = 'sent'" makes a redelivered callback a no-op and never turns a pending (window of doubt) row into a failure.
        await using var command = new NpgsqlCommand(
            """
            UPDATE broadcast_deliveries SET status = @s, error = @err, updated_at = @at
            WHERE channel = @c AND platform_message_id = @mid AND status = 'sent'
            """,
            connection);
        command.Parameters.AddWithValue("s", BroadcastStoredForm.StatusText(status));
        command.Parameters.AddWithValue("err", error);
        command.Parameters.AddWithValue("at", PostgresValues.Utc(at));
        command.Parameters.AddWithValue("c", channel);
        command.Parameters.AddWithValue("mid", platformMessageId);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    /// <inheritdoc />
    public async Task<BroadcastCounts> CountsAsync(long jobId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT status, COUNT(*) FROM broadcast_deliveries WHERE job_id = @job GROUP BY status", connection);
        command.Parameters.AddWithValue("job", jobId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await BroadcastStoredForm.ReadCountsAsync(reader, cancellationToken);
    }

    /// <inheritdoc />
    public async Task MarkDoneAsync(long jobId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("UPDATE broadcast_jobs SET status = 'done', finished_at = @at WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", jobId);
        command.Parameters.AddWithValue("at", PostgresValues.Utc(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> InsertRecipientsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long jobId, BroadcastTarget target, string electionId, CancellationToken cancellationToken)
    {
        await using var rows = new NpgsqlCommand(
            "INSERT INTO broadcast_deliveries(job_id, channel, chat_id, status) SELECT @job, s.channel, s.chat_id, 'pending' FROM subscribers s WHERE "
            + RecipientFilter(target) + " ORDER BY s.channel, s.chat_id",
            connection,
            transaction);
        rows.Parameters.AddWithValue("job", jobId);
        AddTargetParameters(rows, target, electionId);
        return await rows.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> CountAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, BroadcastTarget target, string electionId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM subscribers s WHERE " + RecipientFilter(target), connection, transaction);
        AddTargetParameters(command, target, electionId);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    // Recipients are active (no 403) and not opted out (/berhenti), and in the target's zone when it has one.
    private static string RecipientFilter(BroadcastTarget target) => "s.is_active AND s.opted_out_at IS NULL AND " + ZoneFilter(target) + (target.Kind switch
    {
        // The agency of a subscriber is the one named in their latest pledge, compared case-insensitively.
        BroadcastTargetKind.Instansi => """
            lower((SELECT p.agency FROM pledges p WHERE p.channel = s.channel AND p.channel_user_id = s.user_id ORDER BY p.id DESC LIMIT 1)) = lower(@agency)
            """,
        BroadcastTargetKind.NotPledged => """
            NOT EXISTS (SELECT 1 FROM pledges p WHERE p.election_id = @e AND p.channel = s.channel AND p.channel_user_id = s.user_id)
            """,
        _ => "TRUE",
    });

    // Subscribers without a zone belong to the default one, so a plan queued once per zone reaches each of them once.
    private static string ZoneFilter(BroadcastTarget target) => target.Zone switch
    {
        null => string.Empty,
        BroadcastTarget.DefaultZone => "(s.time_zone = @zone OR s.time_zone IS NULL) AND ",
        _ => "s.time_zone = @zone AND ",
    };

    private static void AddTargetParameters(NpgsqlCommand command, BroadcastTarget target, string electionId)
    {
        if (target.Zone is { } zone)
        {
            command.Parameters.AddWithValue("zone", zone.Abbreviation());
        }

        if (target.Kind == BroadcastTargetKind.Instansi)
        {
            command.Parameters.AddWithValue("agency", target.Agency ?? string.Empty);
        }
        else if (target.Kind == BroadcastTargetKind.NotPledged)
        {
            command.Parameters.AddWithValue("e", electionId);
        }
    }

    private static async Task<BroadcastJob?> ReadJobAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadJob(reader) : null;
    }

    private static BroadcastJob ReadJob(NpgsqlDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        BroadcastStoredForm.ReadTarget(reader, 2, 3, 11),
        reader.GetString(4),
        reader.GetFieldValue<DateTimeOffset>(5),
        reader.GetFieldValue<DateTimeOffset>(6),
        Enum.Parse<BroadcastJobStatus>(reader.GetString(7), ignoreCase: true),
        reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8),
        reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9),
        reader.IsDBNull(10) ? null : reader.GetString(10));
}
