using System.Data.Common;
using System.Globalization;
using NetralBot.Bot.Common;
using NetralBot.Bot.Access;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Storage;

/// <summary>Pledges; the unique indexes decide duplicates, so concurrent saves (or instances) cannot both win.</summary>
internal sealed class PledgeStore(StoreDatabase database) : IPledgeStore, IPledgeCorrectionStore
{
    private const string InsertColumns = "election_id, receipt_code, full_name, status, nip, agency, work_unit, channel, channel_user_id, pledge_text_version, pledge_text_sha256, pledged_at, agency_unlisted";
    /// <summary>The columns <see cref="Read"/> maps, in order.</summary>
    internal const string Columns = InsertColumns + ", version, corrected_at, anonymised_at";

    // agency_key: AgencyKey.Of(agency), written with every agency (statistics and agency targets compare by it).
    private const string ByNip = "election_id = @ElectionId AND nip = @Nip";
    private const string ByChannelUser = "election_id = @ElectionId AND channel = @Channel AND channel_user_id = @ChannelUserId";

    public async Task<PledgeSaveResult> SaveAsync(Pledge pledge, CancellationToken cancellationToken = default)
    {
        // DO NOTHING on the person's (partial) unique index; a receipt-code collision (CSPRNG, ~1e-12) still raises.
        var conflict = pledge.Nip is null
            ? "ON CONFLICT(election_id, channel, channel_user_id) WHERE nip IS NULL DO NOTHING"
            : "ON CONFLICT(election_id, nip) WHERE nip IS NOT NULL DO NOTHING";
        var row = new
        {
            pledge.ElectionId,
            pledge.ReceiptCode,
            pledge.FullName,
            Status = pledge.Status.ToDisplayName(),
            pledge.Nip,
            pledge.Agency,
            AgencyKey = AgencyKey.Of(pledge.Agency),
            pledge.WorkUnit,
            Channel = pledge.Channel.Name,
            pledge.ChannelUserId,
            pledge.PledgeTextVersion,
            pledge.PledgeTextSha256,
            PledgedAt = database.Time(pledge.PledgedAt),
            pledge.AgencyUnlisted,
        };
        var inserted = await database.ExecuteAsync(
            $"INSERT INTO pledges({InsertColumns}, agency_key) VALUES (@ElectionId, @ReceiptCode, @FullName, @Status, @Nip, @Agency, @WorkUnit, @Channel, @ChannelUserId, @PledgeTextVersion, @PledgeTextSha256, @PledgedAt, @AgencyUnlisted, @AgencyKey) {conflict}",
            row,
            cancellationToken);
        if (inserted == 1)
        {
            return new PledgeSaveResult(pledge, true);
        }

        // Dapper binds only the parameters a statement names, so the insert's row serves the lookup too.
        var existing = await FindOneAsync(pledge.Nip is null ? ByChannelUser + " AND nip IS NULL" : ByNip, row, cancellationToken);
        return new PledgeSaveResult(existing ?? throw new InvalidOperationException("Pledge conflict without an existing row."), false);
    }

    public Task<Pledge?> FindByNipAsync(string electionId, string nip, CancellationToken cancellationToken = default) =>
        FindOneAsync(ByNip, new { ElectionId = electionId, Nip = nip }, cancellationToken);

    public Task<Pledge?> FindByChannelUserAsync(string electionId, Channel channel, string channelUserId, CancellationToken cancellationToken = default) =>
        FindOneAsync(ByChannelUser, new { ElectionId = electionId, Channel = channel.Name, ChannelUserId = channelUserId }, cancellationToken);

    public async Task<IReadOnlyList<Pledge>> ListAsync(CancellationToken cancellationToken = default) =>
        await database.QueryAsync($"SELECT {Columns} FROM pledges ORDER BY id", null, Read, cancellationToken);

    private async Task<Pledge?> FindOneAsync(string where, object parameters, CancellationToken cancellationToken) =>
        (await database.QueryAsync($"SELECT {Columns} FROM pledges WHERE {where} ORDER BY id DESC LIMIT 1", parameters, Read, cancellationToken)).FirstOrDefault();

    /// <summary>Maps a row of <see cref="Columns"/>.</summary>
    internal static Pledge Read(DbDataReader reader)
    {
        var status = EmploymentStatusNames.FromStored(reader.GetString(3));
        return new Pledge(
            reader.GetString(0), reader.GetString(1), reader.GetString(2), status, StoreDatabase.ReadTextOrNull(reader, 4), reader.GetString(5), reader.GetString(6),
            Channel.Parse(reader.GetString(7)), reader.GetString(8), reader.GetString(9), reader.GetString(10), StoreDatabase.ReadTime(reader, 11),
            AgencyUnlisted: Convert.ToBoolean(reader.GetValue(12), CultureInfo.InvariantCulture),
            Version: Convert.ToInt32(reader.GetValue(13), CultureInfo.InvariantCulture),
            CorrectedAt: StoreDatabase.ReadTimeOrNull(reader, 14),
            AnonymisedAt: StoreDatabase.ReadTimeOrNull(reader, 15));
    }

    /// <inheritdoc />
    async Task<(PledgeCorrectionOutcome Outcome, Pledge? Pledge)> IPledgeCorrectionStore.CorrectAsync(PledgeCorrection correction, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var id = await connection.ScalarAsync<long?>(
            $"SELECT id FROM pledges WHERE receipt_code = @ReceiptCode AND anonymised_at IS NULL{database.ForUpdate}", new { correction.ReceiptCode }, transaction, cancellationToken);
        if (id is null)
        {
            return (PledgeCorrectionOutcome.NotFound, null);
        }

        // The unique indexes would refuse a NIP of another pledge (or a second NIP-less pledge of the account) too, but as
        // an exception that also aborts a PostgreSQL transaction; asked first, it is an answer.
        var nip = correction.Status.HasNip() ? correction.Nip : null;
        var taken = await connection.ScalarAsync<long>(
            "SELECT COUNT(*) FROM pledges p JOIN pledges o ON o.id = @id WHERE p.election_id = o.election_id AND p.id <> o.id AND "
                + (nip is null ? "p.nip IS NULL AND p.channel = o.channel AND p.channel_user_id = o.channel_user_id" : "p.nip = @nip"),
            new { id, nip },
            transaction,
            cancellationToken);
        if (taken > 0)
        {
            return (PledgeCorrectionOutcome.NipTaken, null);
        }

        // The version being replaced, copied as stored (the row is locked).
        await connection.ExecuteStatementAsync(
            """
            INSERT INTO pledge_versions(pledge_id, version, full_name, status, nip, agency, work_unit, recorded_at, replaced_at)
            SELECT id, version, full_name, status, nip, agency, work_unit, COALESCE(corrected_at, pledged_at), @At FROM pledges WHERE id = @Id
            """,
            new { Id = id, At = database.Time(correction.CorrectedAt) },
            transaction,
            cancellationToken);
        // An UPDATE, not a new row: the statistics triggers move the counts from the old agency and status to the new ones.
        var corrected = (await connection.QueryRowsAsync(
            $"""
            UPDATE pledges SET full_name = @FullName, status = @Status, nip = @Nip, agency = @Agency, agency_key = @AgencyKey, work_unit = @WorkUnit,
                agency_unlisted = @AgencyUnlisted, version = version + 1, corrected_at = @At
            WHERE id = @Id RETURNING {Columns}
            """,
            new
            {
                correction.FullName,
                Status = correction.Status.ToDisplayName(),
                Nip = nip,
                correction.Agency,
                AgencyKey = AgencyKey.Of(correction.Agency),
                correction.WorkUnit,
                correction.AgencyUnlisted,
                At = database.Time(correction.CorrectedAt),
                Id = id,
            },
            Read,
            transaction,
            cancellationToken)).Single();
        // The actor is the pledge's owner, named by no personal data.
        await AuditLog.WriteAsync(
            database, connection, transaction, new AuditEntry("pemilik-ikrar", "pledge.correct", $"{correction.ReceiptCode} v{corrected.Version}", 1, correction.CorrectedAt), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (PledgeCorrectionOutcome.Corrected, corrected);
    }

    /// <inheritdoc />
    async Task<IReadOnlyList<string>> IPledgeCorrectionStore.ListAgenciesAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync("SELECT DISTINCT agency FROM pledges", null, reader => reader.GetString(0), cancellationToken);

    /// <inheritdoc />
    async Task<int> IPledgeCorrectionStore.RenameAgencyAsync(string from, string to, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        // An UPDATE: the statistics triggers move the counts to the canonical name.
        var renamed = await connection.ExecuteStatementAsync(
            "UPDATE pledges SET agency = @to, agency_key = @key, agency_unlisted = @unlisted WHERE agency = @from", new { from, to, key = AgencyKey.Of(to), unlisted = false }, transaction, cancellationToken);
        await AuditLog.WriteAsync(database, connection, transaction, new AuditEntry("daftar-instansi", "pledge.agency-canonical", from + " => " + to, renamed, at), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return renamed;
    }

    /// <inheritdoc />
    async Task<IReadOnlyList<PledgeVersion>> IPledgeCorrectionStore.ListVersionsAsync(string receiptCode, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            """
            SELECT v.version, v.full_name, v.status, v.nip, v.agency, v.work_unit, v.recorded_at, v.replaced_at
            FROM pledge_versions v JOIN pledges p ON p.id = v.pledge_id WHERE p.receipt_code = @receiptCode ORDER BY v.version
            """,
            new { receiptCode },
            reader => new PledgeVersion(
                Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture),
                reader.GetString(1),
                EmploymentStatusNames.FromStored(reader.GetString(2)),
                StoreDatabase.ReadTextOrNull(reader, 3),
                reader.GetString(4),
                reader.GetString(5),
                StoreDatabase.ReadTime(reader, 6),
                StoreDatabase.ReadTime(reader, 7)),
            cancellationToken);
}
