using System.Globalization;
using Microsoft.Data.Sqlite;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Storage.Sqlite;

namespace NetralBot.Bot.Benchmarks;

/// <summary>
/// A SQLite file with 1,000,000 pledges for the current election, 200,000 for an earlier one and 1,200,000 Telegram
/// subscribers, built once through the app's migrations and reused by every benchmark process (BenchmarkDotNet runs
/// each case in its own process, and seeding takes far longer than the query).
/// </summary>
public static class StatisticsSeed
{
    public const string ElectionId = "pemilu-2029";
    public const string EarlierElectionId = "pilkada-2024";
    public const int CurrentPledges = 1_000_000;
    public const int EarlierPledges = 200_000;
    public const int Subscribers = 1_200_000;

    /// <summary>Bump when the seeded data changes, so an old file is not reused.</summary>
    private const int SeedVersion = 5;

    /// <summary>An agency with a typical share of the pledges, used for the instansi admin's view.</summary>
    public static string SampleAgency => Agencies[7];

    /// <summary>50 agencies; the seed gives them Zipf-like sizes, as real ones differ by orders of magnitude.</summary>
    public static IReadOnlyList<string> Agencies { get; } =
    [
        "Pemprov Jawa Barat", "Pemprov Jawa Timur", "Pemprov Jawa Tengah", "Pemprov DKI Jakarta", "Pemprov Sumatera Utara",
        "Pemprov Sulawesi Selatan", "Pemprov Banten", "Kemendagri", "Kemenkeu", "Kemenag",
        "Kemendikbudristek", "Kemenkes", "BKN", "KemenPAN-RB", "Kementerian PUPR",
        "Pemkab Bogor", "Pemkab Bandung", "Pemkot Surabaya", "Pemkot Medan", "Pemkot Makassar",
        "Pemprov Bali", "Pemprov NTT", "Pemprov NTB", "Pemprov Kalimantan Timur", "Pemprov Kalimantan Barat",
        "Pemprov Papua", "Pemprov Maluku", "Pemprov Aceh", "Pemprov Riau", "Pemprov Lampung",
        "Pemkab Sleman", "Pemkot Yogyakarta", "Pemkot Semarang", "Pemkab Malang", "Pemkot Denpasar",
        "Pemkot Kupang", "Pemkot Jayapura", "Pemkot Ambon", "Pemkab Gowa", "Pemkot Balikpapan",
        "Kemenhub", "Kementan", "Kemnaker", "Kemensos", "Bappenas",
        "BPS", "LAN", "ANRI", "Ombudsman RI", "Bawaslu",
    ];

    /// <summary>Creates the file under the temp folder if it is not there yet and returns its path.</summary>
    public static string EnsureDatabase()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"netralbot-stats-bench-v{SeedVersion}");
        var path = Path.Combine(directory, "stats.db");
        var done = Path.Combine(directory, "seeded");
        if (File.Exists(done))
        {
            return path;
        }

        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true); // a seed that did not finish
        }

        var database = new SqliteDatabase(new SqliteOptions(path, "NORMAL"));
        database.Migrate();
        Seed(database);
        File.WriteAllText(done, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return path;
    }

    private static void Seed(SqliteDatabase database)
    {
        using var connection = database.OpenAsync().GetAwaiter().GetResult();
        Execute(connection, "PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;"); // seeding only: a lost seed is seeded again
        using var transaction = connection.BeginTransaction();
        var random = new Random(20291127);

        using (var pledge = connection.CreateCommand())
        {
            pledge.Transaction = transaction;
            pledge.CommandText = """
                INSERT INTO pledges(election_id, receipt_code, full_name, status, nip, agency, work_unit, channel, channel_user_id,
                                    pledge_text_version, pledge_text_sha256, pledged_at, agency_key)
                VALUES ($e, $r, $n, $s, $nip, $a, 'Bagian Umum', 'telegram', $u, 'ikrar-2029-1', 'c0ffee', $t, $k)
                """;
            var e = pledge.Parameters.Add("$e", SqliteType.Text);
            var r = pledge.Parameters.Add("$r", SqliteType.Text);
            var n = pledge.Parameters.Add("$n", SqliteType.Text);
            var s = pledge.Parameters.Add("$s", SqliteType.Text);
            var nip = pledge.Parameters.Add("$nip", SqliteType.Text);
            var a = pledge.Parameters.Add("$a", SqliteType.Text);
            var k = pledge.Parameters.Add("$k", SqliteType.Text);
            var u = pledge.Parameters.Add("$u", SqliteType.Text);
            var t = pledge.Parameters.Add("$t", SqliteType.Text);
            pledge.Prepare();

            // Users 0 .. 1,199,999 are subscribers; the first 1,000,000 pledged for the current election, and every
            // sixth of them for the earlier one too. Pledges are inserted in time order, as they arrive.
            var order = Enumerable.Range(0, CurrentPledges).ToArray();
            random.Shuffle(order);
            var start = new DateTimeOffset(2029, 1, 1, 0, 0, 0, TimeSpan.Zero);
            var serial = 0;
            foreach (var (election, users) in new[] { (EarlierElectionId, order.Where(x => x % 5 == 0).Take(EarlierPledges).ToArray()), (ElectionId, order) })
            {
                foreach (var user in users)
                {
                    serial++;
                    var roll = random.NextDouble();
                    var status = roll < 0.62 ? "PNS" : roll < 0.85 ? "PPPK" : "Non-ASN";
                    var agency = Agencies[Math.Min(Agencies.Count - 1, (int)(Agencies.Count * Math.Pow(random.NextDouble(), 2.2)))];
                    if (random.NextDouble() < 0.01)
                    {
                        agency = agency.ToUpperInvariant(); // people type agencies in every case; the report groups them by AgencyKey
                    }

                    e.Value = election;
                    r.Value = "NB-" + serial.ToString("X8", CultureInfo.InvariantCulture);
                    n.Value = "Pegawai " + user.ToString(CultureInfo.InvariantCulture);
                    s.Value = status;
                    nip.Value = status == "Non-ASN" ? DBNull.Value : (198_001_012_000_000_000L + user).ToString(CultureInfo.InvariantCulture);
                    a.Value = agency;
                    k.Value = AgencyKey.Of(agency);
                    u.Value = (500_000_000L + user).ToString(CultureInfo.InvariantCulture);
                    t.Value = (start + TimeSpan.FromSeconds(serial * 7)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
                    pledge.ExecuteNonQuery();
                }
            }
        }

        using (var subscriber = connection.CreateCommand())
        {
            subscriber.Transaction = transaction;
            subscriber.CommandText = "INSERT INTO subscribers(channel, chat_id, user_id, is_active, last_seen_at, inactive_reason) VALUES ('telegram', $id, $id, $active, '2029-03-01T00:00:00.0000000Z', $why)";
            var id = subscriber.Parameters.Add("$id", SqliteType.Text);
            var active = subscriber.Parameters.Add("$active", SqliteType.Integer);
            var why = subscriber.Parameters.Add("$why", SqliteType.Text);
            subscriber.Prepare();
            for (var user = 0; user < Subscribers; user++)
            {
                var inactive = random.NextDouble() < 0.04; // blocked the bot or sent /berhenti
                id.Value = (500_000_000L + user).ToString(CultureInfo.InvariantCulture);
                active.Value = inactive ? 0 : 1;
                why.Value = inactive ? "Forbidden: bot was blocked by the user" : DBNull.Value;
                subscriber.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        // No ANALYZE: the bot never runs it, so the planner here sees what it sees in production.
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
