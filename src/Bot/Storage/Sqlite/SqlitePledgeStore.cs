using Microsoft.Data.Sqlite;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>Pledges in SQLite; the unique indexes decide duplicates, so concurrent saves cannot both win.</summary>
public sealed class SqlitePledgeStore(SqliteDatabase database) : IPledgeStore
{
    private const string Columns = "election_id, receipt_code, full_name, status, nip, agency, work_unit, channel, channel_user_id, pledge_text_version, pledge_text_sha256, pledged_at";

    /// <inheritdoc />
    public async Task<PledgeSaveResult> SaveAsync(Pledge pledge, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        // DO NOTHING on the person's unique index; a receipt-code collision (CSPRNG, ~1e-12) still raises.
        insert.CommandText = pledge.Nip is null
            ? $"INSERT INTO pledges({Columns}) VALUES ($e,$r,$n,$s,$nip,$a,$u,$c,$cu,$v,$h,$t) ON CONFLICT(election_id, channel, channel_user_id) WHERE nip IS NULL DO NOTHING"
            : $"INSERT INTO pledges({Columns}) VALUES ($e,$r,$n,$s,$nip,$a,$u,$c,$cu,$v,$h,$t) ON CONFLICT(election_id, nip) WHERE nip IS NOT NULL DO NOTHING";
        insert.Parameters.AddWithValue("$e", pledge.ElectionId);
        insert.Parameters.AddWithValue("$r", pledge.ReceiptCode);
        insert.Parameters.AddWithValue("$n", pledge.FullName);
        insert.Parameters.AddWithValue("$s", pledge.Status.ToDisplayName());
        insert.Parameters.AddWithValue("$nip", (object?)pledge.Nip ?? DBNull.Value);
        insert.Parameters.AddWithValue("$a", pledge.Agency);
        insert.Parameters.AddWithValue("$u", pledge.WorkUnit);
        insert.Parameters.AddWithValue("$c", pledge.Channel);
        insert.Parameters.AddWithValue("$cu", pledge.ChannelUserId);
        insert.Parameters.AddWithValue("$v", pledge.PledgeTextVersion);
        insert.Parameters.AddWithValue("$h", pledge.PledgeTextSha256);
        insert.Parameters.AddWithValue("$t", SqliteValues.ToText(pledge.PledgedAt));
        var inserted = await insert.ExecuteNonQueryAsync(cancellationToken);
        if (inserted == 1)
        {
            return new PledgeSaveResult(pledge, true);
        }

        var existing = pledge.Nip is null
            ? await FindOneAsync(connection, "election_id = $e AND channel = $c AND channel_user_id = $cu AND nip IS NULL", pledge.ElectionId, pledge.Channel, pledge.ChannelUserId, null, cancellationToken)
            : await FindOneAsync(connection, "election_id = $e AND nip = $nip", pledge.ElectionId, null, null, pledge.Nip, cancellationToken);
        return new PledgeSaveResult(existing ?? throw new InvalidOperationException("Pledge conflict without an existing row."), false);
    }

    /// <inheritdoc />
    public async Task<Pledge?> FindByNipAsync(string electionId, string nip, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindOneAsync(connection, "election_id = $e AND nip = $nip", electionId, null, null, nip, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Pledge?> FindByChannelUserAsync(string electionId, string channel, string channelUserId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindOneAsync(connection, "election_id = $e AND channel = $c AND channel_user_id = $cu", electionId, channel, channelUserId, null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Pledge>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM pledges ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var pledges = new List<Pledge>();
        while (await reader.ReadAsync(cancellationToken))
        {
            pledges.Add(Read(reader));
        }

        return pledges;
    }

    private static async Task<Pledge?> FindOneAsync(SqliteConnection connection, string where, string electionId, string? channel, string? channelUserId, string? nip, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM pledges WHERE {where} ORDER BY id DESC LIMIT 1";
        command.Parameters.AddWithValue("$e", electionId);
        command.Parameters.AddWithValue("$c", (object?)channel ?? DBNull.Value);
        command.Parameters.AddWithValue("$cu", (object?)channelUserId ?? DBNull.Value);
        command.Parameters.AddWithValue("$nip", (object?)nip ?? DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static Pledge Read(SqliteDataReader reader)
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
            SqliteValues.ToTime(reader.GetString(11)));
    }
}
