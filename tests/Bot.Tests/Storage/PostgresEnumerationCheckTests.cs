using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Common;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Postgres;
using Npgsql;

namespace NetralBot.Bot.Tests.Storage;

/// <summary>PostgreSQL migration 9: enumerated columns refuse values outside their enumeration.</summary>
public sealed class PostgresEnumerationCheckTests(PostgresTestDatabase database) : IRequiresPostgres, IClassFixture<PostgresTestDatabase>
{
    [PostgresFact]
    public async Task Values_outside_each_enumeration_are_refused_and_a_bad_stored_status_is_an_error()
    {
        await database.TruncateAsync();
        await using var db = database.Open();
        var pledges = new PledgeStore(db);
        await pledges.SaveAsync(new Pledge("uji-2029", "NB-1", "Nama", EmploymentStatus.NonAsn, null, "BKN", "Unit", Channel.Telegram, "1", "uji-1", "abc", DateTimeOffset.UtcNow));
        await new SubscriberStore(db).TouchAsync(Channel.Telegram, "1", "1", DateTimeOffset.UtcNow);
        await new BroadcastStore(db).CreateAsync("teks", BroadcastTarget.All, "uji-2029", "cli", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null);
        foreach (var sql in new[]
        {
            "UPDATE pledges SET status = 'pns'",
            "UPDATE subscribers SET time_zone = 'GMT'",
            "UPDATE broadcast_jobs SET status = 'paused'",
            "UPDATE broadcast_jobs SET target_kind = 'Everyone'",
            "UPDATE broadcast_jobs SET target_zone = 'UTC'",
            "UPDATE broadcast_deliveries SET status = 'delivered'",
        })
        {
            var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(db, sql));
            Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
        }

        await ExecuteAsync(db, "ALTER TABLE pledges DROP CONSTRAINT chk_pledges_status; UPDATE pledges SET status = 'Honorer-X'");
        try
        {
            await Assert.ThrowsAsync<InvalidDataException>(() => pledges.ListAsync());
        }
        finally
        {
            await ExecuteAsync(db, "DELETE FROM pledges; ALTER TABLE pledges ADD CONSTRAINT chk_pledges_status CHECK (status IN ('PNS', 'PPPK', 'Non-ASN'))");
        }
    }

    private static async Task ExecuteAsync(PostgresDatabase db, string sql)
    {
        await using var connection = await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
