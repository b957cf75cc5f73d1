using System.Data.Common;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Storage;

/// <summary>Pledges; the unique indexes decide duplicates, so concurrent saves (or instances) cannot both win.</summary>
internal sealed class PledgeStore(StoreDatabase database) : IPledgeStore
{
    private const string Columns = "election_id, receipt_code, full_name, status, nip, agency, work_unit, channel, channel_user_id, pledge_text_version, pledge_text_sha256, pledged_at";

    // agency_key: AgencyKey.Of(agency), written with every agency (statistics and agency targets compare by it).
    private const string ByNip = "election_id = @ElectionId AND nip = @Nip";
    private const string ByChannelUser = "election_id = @ElectionId AND channel = @Channel AND channel_user_id = @ChannelUserId";

    public async Task<PledgeSaveResult> SaveAsync(Pledge pledge, CancellationToken cancellationToken = default)
    {
        // DO NOTHING on the person's (partial) unique index; a receipt-code collision (CSPRNG, ~1e-12) still raises.
        var conflict = pledge.Nip is null
            ? "ON CONFLICT(election_id, channel, channel_user_id) WHERE nip IS NULL DO NOTHING"
            : "ON CONFLICT(election_id, nip) WHERE nip IS NOT NULL DO NOTHING";
        var inserted = await database.ExecuteAsync(
            $"INSERT INTO pledges({Columns}, agency_key) VALUES (@ElectionId, @ReceiptCode, @FullName, @Status, @Nip, @Agency, @WorkUnit, @Channel, @ChannelUserId, @PledgeTextVersion, @PledgeTextSha256, @PledgedAt, @AgencyKey) {conflict}",
            new
            {
                pledge.ElectionId,
                pledge.ReceiptCode,
                pledge.FullName,
                Status = pledge.Status.ToDisplayName(),
                pledge.Nip,
                pledge.Agency,
                AgencyKey = AgencyKey.Of(pledge.Agency),
                pledge.WorkUnit,
                pledge.Channel,
                pledge.ChannelUserId,
                pledge.PledgeTextVersion,
                pledge.PledgeTextSha256,
                PledgedAt = database.Time(pledge.PledgedAt),
            },
            cancellationToken);
        if (inserted == 1)
        {
            return new PledgeSaveResult(pledge, true);
        }

        var existing = await FindOneAsync(pledge.Nip is null ? ByChannelUser + " AND nip IS NULL" : ByNip, pledge, cancellationToken);
        return new PledgeSaveResult(existing ?? throw new InvalidOperationException("Pledge conflict without an existing row."), false);
    }

    public Task<Pledge?> FindByNipAsync(string electionId, string nip, CancellationToken cancellationToken = default) =>
        FindOneAsync(ByNip, new { ElectionId = electionId, Nip = nip }, cancellationToken);

    public Task<Pledge?> FindByChannelUserAsync(string electionId, string channel, string channelUserId, CancellationToken cancellationToken = default) =>
        FindOneAsync(ByChannelUser, new { ElectionId = electionId, Channel = channel, ChannelUserId = channelUserId }, cancellationToken);

    public async Task<IReadOnlyList<Pledge>> ListAsync(CancellationToken cancellationToken = default) =>
        await database.QueryAsync($"SELECT {Columns} FROM pledges ORDER BY id", null, Read, cancellationToken);

    private async Task<Pledge?> FindOneAsync(string where, object parameters, CancellationToken cancellationToken) =>
        (await database.QueryAsync($"SELECT {Columns} FROM pledges WHERE {where} ORDER BY id DESC LIMIT 1", parameters, Read, cancellationToken)).FirstOrDefault();

    private static Pledge Read(DbDataReader reader)
    {
        var status = EmploymentStatusNames.FromStored(reader.GetString(3));
        return new Pledge(
            reader.GetString(0), reader.GetString(1), reader.GetString(2), status, StoreDatabase.ReadTextOrNull(reader, 4), reader.GetString(5), reader.GetString(6),
            reader.GetString(7), reader.GetString(8), reader.GetString(9), reader.GetString(10), StoreDatabase.ReadTime(reader, 11));
    }
}
