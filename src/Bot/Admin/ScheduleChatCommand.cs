using System.Globalization;
using System.Text;
using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Conversation;
using NetralBot.Knowledge.Calendar;
using NetralBot.Knowledge.Recognizers;

namespace NetralBot.Bot.Admin;

/// <summary>
/// <c>/jadwal</c> for admins: list queued broadcasts and reminders, <c>/jadwal kalender ID [WIB|WITA|WIT]</c> queues an
/// election's reminder plan (without a zone once per zone for the subscribers of that zone, with one for everyone), <c>/jadwal pesan &lt;waktu&gt; &lt;teks&gt;</c> queues one message at an Indonesian
/// date-time ("besok 07.00 Apel pagi ditiadakan"), <c>/jadwal batal ID</c> cancels. An instansi admin sees and
/// cancels only their agency's jobs, and their messages go to their agency.
/// </summary>
internal sealed class ScheduleChatCommand(IBroadcastStore store, BroadcastQueue queue, ReminderScheduler reminders, IAuditLog audit, TimeProvider time)
{
    private static readonly IndonesianDateTimeRecognizer Recognizer = new();

    public const string Usage = """
        Perintah jadwal:
        /jadwal — daftar siaran dan pengingat yang menunggu
        /jadwal kalender <ID pemilihan> — menjadwalkan pengingat dari kalender pukul 07.00 waktu setempat tiap pelanggan (per zona WIB/WITA/WIT menurut /zona; yang belum mengatur ikut WIB)
        /jadwal kalender <ID pemilihan> WIB|WITA|WIT — pukul 07.00 di satu zona untuk semua
        /jadwal kalender <ID pemilihan> paksa — tetap menjadwalkan pemilihan contoh atau yang jadwalnya belum ditetapkan
        /jadwal pesan <waktu> <teks> — mis. /jadwal pesan besok 07.00 Apel netralitas di aula
        /jadwal batal <nomor> — membatalkan yang belum dikirim
        """;

    /// <summary>Handles <c>/jadwal</c> with its payload.</summary>
    public async Task HandleAsync(TurnContext context, AdminRole role, string payload, CancellationToken cancellationToken)
    {
        var actor = context.Turn.User.ToString();
        var words = payload.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        var verb = words.Length == 0 ? "daftar" : words[0].ToLowerInvariant();
        var rest = words.Length > 1 ? words[1].Trim() : string.Empty;
        switch (verb)
        {
            case "daftar" or "list":
                var jobs = (await store.ListQueuedAsync(cancellationToken)).Where(j => Visible(role, j)).ToList();
                context.Send(jobs.Count == 0 ? "Tidak ada siaran atau pengingat yang menunggu." : List(jobs));
                return;

            case "kalender":
                var all = rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                // "paksa" (or --force) queues a sample or not-yet-set election anyway, like `schedule add --force`.
                var force = all.Any(IsForce);
                var args = all.Where(a => !IsForce(a)).ToArray();
                var parsed = IndonesianTimeZone.Wib;
                if (args.Length == 0 || args.Length > 2 || (args.Length == 2 && !IndonesianTimeZones.TryParse(args[1], out parsed)))
                {
                    context.Send(Usage);
                    return;
                }

                IndonesianTimeZone? zone = args.Length == 2 ? parsed : null;

                try
                {
                    var queued = await reminders.ScheduleAsync(actor, role, args[0], zone, new TimeOnly(7, 0), force, "/jadwal kalender " + args[0] + " paksa", cancellationToken);
                    context.Send(queued.Count == 0
                        ? "Tidak ada pengingat baru: semuanya sudah lewat atau sudah dijadwalkan."
                        : string.Join('\n', queued.Select(q => string.Create(CultureInfo.InvariantCulture, $"#{q.JobId} {q.Reminder.LocalDate:dd-MM-yyyy} {q.Reminder.LocalTime:HH.mm} {q.Reminder.Zone.Abbreviation()} — {q.Reminder.Kind}"))));
                }
                catch (Exception exception) when (exception is KeyNotFoundException or ElectionCalendarFormatException or IOException or ElectionNotSchedulableException)
                {
                    context.Send(exception is KeyNotFoundException or ElectionNotSchedulableException ? exception.Message : "Kalender pemilu tidak dapat dibaca; periksa content/kalender.md.");
                }

                return;

            case "pesan":
                var when = Recognizer.RecognizeLeading(rest, time.GetUtcNow(), IndonesianTimeZone.Wib);
                var text = when.IsSuccess ? rest[(when.Start + when.Length)..].Trim() : string.Empty;
                if (!when.IsSuccess || text.Length == 0)
                {
                    context.Send((when.Error ?? "Teks pesan belum diisi.") + "\n\n" + Usage);
                    return;
                }

                var target = role.Kind == AdminRoleKind.Super ? BroadcastTarget.All : BroadcastTarget.ForAgency(role.Agency!);
                var (jobId, recipients) = await queue.QueueAsync(actor, role, text, target, when.Value, cancellationToken: cancellationToken);
                context.Send(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Pesan #{jobId} dijadwalkan {when.Value:dd-MM-yyyy HH.mm} {when.Zone.Abbreviation()} untuk {target.Describe()} (saat ini {recipients} penerima)."));
                return;

            case "batal":
                if (!long.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    || await store.FindAsync(id, cancellationToken) is not { } job || !Visible(role, job)
                    || !await store.CancelAsync(id, time.GetUtcNow(), cancellationToken))
                {
                    context.Send("Nomor tersebut tidak ditemukan atau sudah mulai dikirim.");
                    return;
                }

                await audit.WriteAsync(new AuditEntry(actor, "broadcast.cancel", "job:" + id, 0, time.GetUtcNow()), cancellationToken);
                context.Send(string.Create(CultureInfo.InvariantCulture, $"Jadwal #{id} dibatalkan."));
                return;

            default:
                context.Send(Usage);
                return;
        }
    }

    private static bool IsForce(string word) =>
        word.Equals("paksa", StringComparison.OrdinalIgnoreCase) || word.Equals("--force", StringComparison.OrdinalIgnoreCase);

    private static bool Visible(AdminRole role, BroadcastJob job) =>
        role.Kind == AdminRoleKind.Super || (job.Target.Kind == BroadcastTargetKind.Instansi && role.CanReachAgency(job.Target.Agency ?? string.Empty));

    private static string List(IEnumerable<BroadcastJob> jobs)
    {
        var text = new StringBuilder("Menunggu waktu kirim:\n");
        foreach (var job in jobs)
        {
            var wib = IndonesianTimeZone.Wib.ToZone(job.ScheduledAt);
            var body = job.Text.ReplaceLineEndings(" ");
            text.Append(CultureInfo.InvariantCulture, $"#{job.Id} {wib:dd-MM-yyyy HH.mm} WIB — {job.Target.Describe()}: {(body.Length > 60 ? body[..59] + "…" : body)}\n");
        }

        return text.ToString().TrimEnd();
    }
}
