using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Common;
using NetralBot.Bot.Hosting;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Cli;

/// <summary>
/// <c>schedule list | add ELECTION_ID [--zone WIB|WITA|WIT] [--hour HH:MM] | cancel ID</c>: reminders from the calendar.
/// <c>add</c> without <c>--zone</c> queues each reminder once per zone, for the subscribers of that zone; with it, once
/// for everyone at the hour in that zone.
/// </summary>
internal static class ScheduleCommand
{
    public static Command Create()
    {
        var list = new Command("list", "Menampilkan siaran dan pengingat yang menunggu waktunya.");
        list.SetAction((_, cancellationToken) => ListAsync(cancellationToken));

        var election = new Argument<string>("ELECTION_ID") { Description = "ID pemilihan di content/kalender.md, mis. pilkada-2024" };
        var zone = new Option<string?>("--zone")
        {
            Description = "Satu zona untuk semua penerima: WIB, WITA atau WIT. Tanpa opsi ini, tiap pengingat dijadwalkan per zona menurut /zona pelanggan (yang belum mengatur zona ikut WIB).",
        };
        var hour = new Option<string>("--hour") { Description = "Jam kirim waktu setempat", DefaultValueFactory = _ => "07:00" };
        var force = new Option<bool>("--force") { Description = "Tetap menjadwalkan pemilihan contoh (Contoh: ya) atau yang jadwalnya belum ditetapkan." };
        var add = new Command("add", "Menjadwalkan pengingat dari rencana kalender (H-7 kampanye, awal kampanye, masa tenang, H-1 pemungutan suara).");
        add.Arguments.Add(election);
        add.Options.Add(zone);
        add.Options.Add(hour);
        add.Options.Add(force);
        add.SetAction((result, cancellationToken) => AddAsync(result.GetValue(election)!, result.GetValue(zone), result.GetValue(hour)!, result.GetValue(force), cancellationToken));

        var id = new Argument<long>("ID") { Description = "Nomor siaran" };
        var cancel = new Command("cancel", "Membatalkan siaran yang belum mulai.");
        cancel.Arguments.Add(id);
        cancel.SetAction((result, cancellationToken) => CancelAsync(result.GetValue(id), cancellationToken));

        var command = new Command("schedule", "Pengingat terjadwal dari kalender pemilu.");
        command.Subcommands.Add(list);
        command.Subcommands.Add(add);
        command.Subcommands.Add(cancel);
        return command;
    }

    /// <summary>One line per queued job: id, time in WIB, target, text start.</summary>
    public static string Format(BroadcastJob job)
    {
        var wib = IndonesianTimeZone.Wib.ToZone(job.ScheduledAt);
        var text = job.Text.ReplaceLineEndings(" ");
        return string.Create(CultureInfo.InvariantCulture, $"{job.Id}\t{wib:yyyy-MM-dd HH:mm} WIB\t{job.Target}\t{(text.Length > 60 ? text[..59] + "…" : text)}");
    }

    private static Task<int> ListAsync(CancellationToken cancellationToken) => CliRun.GuardAsync(async () =>
    {
        await using var services = CliServices.Build();
        foreach (var job in await services.GetRequiredService<IBroadcastStore>().ListQueuedAsync(cancellationToken))
        {
            Console.WriteLine(Format(job));
        }

        return 0;
    });

    private static Task<int> AddAsync(string electionId, string? zoneText, string hourText, bool force, CancellationToken cancellationToken) => CliRun.GuardAsync(async () =>
    {
        IndonesianTimeZone? zone = null;
        if (zoneText is not null)
        {
            if (!IndonesianTimeZones.TryParse(zoneText, out var parsed))
            {
                await Console.Error.WriteLineAsync($"--zone harus WIB, WITA atau WIT; tertulis \"{zoneText}\".");
                return 1;
            }

            zone = parsed;
        }

        if (!TimeOnly.TryParseExact(hourText.Replace('.', ':'), "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var hour))
        {
            await Console.Error.WriteLineAsync($"--hour harus JJ:MM, mis. 07:00; tertulis \"{hourText}\".");
            return 1;
        }

        ContentValidator.EnsureValid(new ContentFolder(ContentFiles.Directory(BotConfiguration.Build()["Content:Path"])), ContentParts.Calendar);
        await using var services = CliServices.Build();
        try
        {
            var jobs = await services.GetRequiredService<ReminderScheduler>().ScheduleAsync(BroadcastCommand.Actor, AdminRole.Super, electionId, zone, hour, force, "--force", cancellationToken);
            foreach (var (jobId, reminder) in jobs)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{jobId}\t{reminder.LocalDate:yyyy-MM-dd} {reminder.LocalTime:HH:mm} {reminder.Zone.Abbreviation()}\t{reminder.Kind}"));
            }

            if (jobs.Count == 0)
            {
                await Console.Error.WriteLineAsync("Tidak ada pengingat baru: semuanya sudah lewat atau sudah dijadwalkan.");
            }

            return 0;
        }
        catch (KeyNotFoundException exception)
        {
            var known = services.GetRequiredService<ReminderScheduler>().LoadCalendar().Elections.Select(e => e.Id);
            await Console.Error.WriteLineAsync($"{exception.Message} ID yang ada: {string.Join(", ", known)}.");
            return 1;
        }
        catch (Exception exception) when (exception is ArgumentException or ElectionCalendarFormatException or IOException or ElectionNotSchedulableException)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
    });

    private static Task<int> CancelAsync(long id, CancellationToken cancellationToken) => CliRun.GuardAsync(async () =>
    {
        await using var services = CliServices.Build();
        if (!await services.GetRequiredService<IBroadcastStore>().CancelAsync(id, DateTimeOffset.UtcNow, cancellationToken))
        {
            await Console.Error.WriteLineAsync($"Siaran {id} tidak ditemukan atau sudah mulai dikirim.");
            return 1;
        }

        await services.GetRequiredService<IAuditLog>().WriteAsync(new AuditEntry(BroadcastCommand.Actor, "broadcast.cancel", "job:" + id, 0, DateTimeOffset.UtcNow), cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id} dibatalkan"));
        return 0;
    });
}
