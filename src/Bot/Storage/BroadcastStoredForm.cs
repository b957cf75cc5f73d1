using System.Data.Common;
using NetralBot.Bot.Broadcasts;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Storage;

/// <summary>
/// How broadcast values are written to and read from the database, the same for every provider, so a database written
/// by one reads the same in the other and both stores agree on the names.
/// </summary>
public static class BroadcastStoredForm
{
    /// <summary>The stored form of a row status: lower case, words joined by <c>_</c> (<c>outside_window</c>).</summary>
    public static string StatusText(DeliveryStatus status) => status switch
    {
        DeliveryStatus.OutsideWindow => "outside_window",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>Reads the rows of <c>SELECT status, COUNT(*) … GROUP BY status</c> into counts; unknown statuses are ignored.</summary>
    public static async Task<BroadcastCounts> ReadCountsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        long pending = 0, sent = 0, failed = 0, blocked = 0, outsideWindow = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var count = reader.GetInt64(1);
            switch (reader.GetString(0))
            {
                case "pending": pending = count; break;
                case "sent": sent = count; break;
                case "failed": failed = count; break;
                case "blocked": blocked = count; break;
                case "outside_window": outsideWindow = count; break;
            }
        }

        return new BroadcastCounts(pending, sent, failed, blocked, outsideWindow);
    }

    /// <summary>
    /// The target stored in the columns <paramref name="kind"/>, <paramref name="agency"/> and <paramref name="zone"/>.
    /// Rows from before the zone column have none: they read back as unzoned targets, as they were queued.
    /// </summary>
    public static BroadcastTarget ReadTarget(DbDataReader reader, int kind, int agency, int zone) => new(
        Enum.Parse<BroadcastTargetKind>(reader.GetString(kind)),
        reader.IsDBNull(agency) ? null : reader.GetString(agency),
        !reader.IsDBNull(zone) && IndonesianTimeZones.TryParse(reader.GetString(zone), out var parsed) ? parsed : null);
}
