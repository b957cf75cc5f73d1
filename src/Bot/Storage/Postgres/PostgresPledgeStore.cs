using NetralBot.Bot.Pledges;
using Npgsql;

namespace NetralBot.Bot.Storage.Postgres;

/// <summary>Pledges in PostgreSQL; the unique indexes decide duplicates, so concurrent saves (any instance) cannot both win.</summary>
public sealed class PostgresPledgeStore(PostgresDatabase database) : IPledgeStore
{
    private const string Columns = "election_id, receipt_code, full_name, status, nip, agency, work_unit, channel, channel_user_id, pledge_text_version, pledge_text_sha256, pledged_at";

    /// <inheritdoc />
    public async Task<PledgeSaveResult> SaveAsync(Pledge pledge, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // DO NOTHING on the person's (partial) unique index; a receipt-code collision (CSPRNG, ~1e-12) still raises.
        var conflict = pledge.Nip is null
            ? "ON CONFLICT(election_id, channel, channel_user_id) WHERE nip IS NULL DO NOTHING"
            : "ON CONFLICT(election_id, nip) WHERE nip IS NOT NULL DO NOTHING";
        await using var insert = new NpgsqlCommand($"INSERT INTO pledges({Columns}) VALUES (@e,@r,@n,@s,@nip,@a,@u,@c,@cu,@v,@h,@t) {conflict}", connection);
        insert.Parameters.AddWithValue("e", pledge.ElectionId);
        insert.Parameters.AddWithValue("r", pledge.ReceiptCode);
        insert.Parameters.AddWithValue("n", pledge.FullName);
        insert.Parameters.AddWithValue("s", pledge.Status.ToDisplayName());
        insert.Parameters.AddWithValue("nip", NpgsqlTypes.NpgsqlDbType.Text, PostgresValues.Nullable(pledge.Nip));
        insert.Parameters.AddWithValue("a", pledge.Agency);
        insert.Parameters.AddWithValue("u", pledge.WorkUnit);
        insert.Parameters.AddWithValue("c", pledge.Channel);
        insert.Parameters.AddWithValue("cu", pledge.ChannelUserId);
        insert.Parameters.AddWithValue("v", pledge.PledgeTextVersion);
        insert.Parameters.AddWithValue("h", pledge.PledgeTextSha256);
        insert.Parameters.AddWithValue("t", PostgresValues.Utc(pledge.PledgedAt));
        if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            return new PledgeSaveResult(pledge, true);
        }

        var existing = pledge.Nip is null
            ? await FindOneAsync(connection, "election_id = @e AND channel = @c AND channel_user_id = @cu AND nip IS NULL", pledge.ElectionId, pledge.Channel, pledge.ChannelUserId, null, cancellationToken)
            : await FindOneAsync(connection, "election_id = @e AND nip = @nip", pledge.ElectionId, null, null, pledge.Nip, cancellationToken);
        return new PledgeSaveResult(existing ?? throw new InvalidOperationException("Pledge conflict without an existing row."), false);
    }

    /// <inheritdoc />
    public async Task<Pledge?> FindByNipAsync(string electionId, string nip, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindOneAsync(connection, "election_id = @e AND nip = @nip", electionId, null, null, nip, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Pledge?> FindByChannelUserAsync(string electionId, string channel, string channelUserId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindOneAsync(connection, "election_id = @e AND channel = @c AND channel_user_id = @cu", electionId, channel, channelUserId, null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Pledge>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT {Columns} FROM pledges ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var pledges = new List<Pledge>();
        while (await reader.ReadAsync(cancellationToken))
        {
            pledges.Add(Read(reader));
        }

        return pledges;
    }

    private static async Task<Pledge?> FindOneAsync(
        NpgsqlConnection connection, string where, string electionId, string? channel, string? channelUserId, string? nip, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {Columns} FROM pledges WHERE {where} ORDER BY id DESC LIMIT 1", connection);
        command.Parameters.AddWithValue("e", electionId);
        command.Parameters.AddWithValue("c", NpgsqlTypes.NpgsqlDbType.Text, PostgresValues.Nullable(channel));
        command.Parameters.AddWithValue("cu", NpgsqlTypes.NpgsqlDbType.Text, PostgresValues.Nullable(channelUserId));
        command.Parameters.AddWithValue("nip", NpgsqlTypes.NpgsqlDbType.Text, PostgresValues.Nullable(nip));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static Pledge Read(NpgsqlDataReader reader)
    {
        var status = EmploymentStatusNames.FromStored(reader.GetString(3));
        return new Pledge(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            status,
            reader.IsDBNull(4) ? null : reader.GetString(4),
            reader.GetString(5),
            reader.GetString(6),
            reader.GetString(7),
            reader.GetString(8),
            reader.GetString(9),
            reader.GetString(10),
            reader.GetFieldValue<DateTimeOffset>(11));
    }
}
