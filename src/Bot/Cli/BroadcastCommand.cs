using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Cli;

/// <summary>
/// <c>broadcast --text TEXT [--instansi NAME | --not-pledged] [--at TIME [--force]]</c> queues a job and prints its id,
/// recipient count and send time;
/// <c>broadcast status ID</c> prints the counts. A running <c>serve</c> sends the job.
/// </summary>
internal static class BroadcastCommand
{
    public const string Actor = "cli";

    public static Command Create()
    {
        var text = new Option<string?>("--text") { Description = "Isi pesan siaran" };
        var instansi = new Option<string?>("--instansi") { Description = "Hanya pelanggan dari instansi ini" };
        var notPledged = new Option<bool>("--not-pledged") { Description = "Hanya pelanggan yang belum berikrar (Pledge:ElectionId)" };
        var at = new Option<string?>("--at") { Description = "Waktu kirim: ISO 8601 atau bahasa Indonesia (\"besok 07.00\"); default WIB, tanpa opsi: sekarang" };
        var force = new Option<bool>("--force") { Description = "Antrekan juga bila waktu --at sudah lewat (dikirim segera)" };
        var command = new Command("broadcast", "Mengantrekan siaran ke pelanggan; dikirim oleh 'serve' yang berjalan.");
        command.Options.Add(text);
        command.Options.Add(instansi);
        command.Options.Add(notPledged);
        command.Options.Add(at);
        command.Options.Add(force);
        command.SetAction((result, cancellationToken) => QueueAsync(
            new QueueRequest(result.GetValue(text), result.GetValue(instansi), result.GetValue(notPledged), result.GetValue(at), result.GetValue(force)), cancellationToken));

        var id = new Argument<long>("ID") { Description = "Nomor siaran" };
        var status = new Command("status", "Menampilkan jumlah pending/sent/failed/blocked sebuah siaran.");
        status.Arguments.Add(id);
        status.SetAction((result, cancellationToken) => StatusAsync(result.GetValue(id), cancellationToken));
        command.Subcommands.Add(status);
        return command;
    }

    private sealed record QueueRequest(string? Text, string? Instansi, bool NotPledged, string? At, bool Force);

    private static Task<int> QueueAsync(QueueRequest request, CancellationToken cancellationToken) => CliRun.GuardAsync(async () =>
    {
        var (text, instansi, notPledged, at, force) = request;
        if (string.IsNullOrWhiteSpace(text))
        {
            await Console.Error.WriteLineAsync("--text wajib diisi.");
            return 1;
        }

        if (text.Trim().Length > BroadcastQueue.MaxTextLength)
        {
            await Console.Error.WriteLineAsync(BroadcastTexts.TooLong(text.Trim().Length));
            return 1;
        }

        if (instansi is not null && notPledged)
        {
            await Console.Error.WriteLineAsync("Pilih salah satu: --instansi atau --not-pledged.");
            return 1;
        }

        var now = DateTimeOffset.UtcNow;
        DateTimeOffset? sendAt = null;
        if (at is not null)
        {
            if (!BroadcastTimeParser.TryParse(at, now, out var parsed, out var error))
            {
                await Console.Error.WriteLineAsync("--at: " + error);
                return 1;
            }

            // A minute of slack for "now"-ish times typed by hand; anything older is almost always a typo in the date.
            if (parsed < now - TimeSpan.FromMinutes(1) && !force)
            {
                await Console.Error.WriteLineAsync($"--at: {Wib(parsed)} sudah lewat. Periksa tanggalnya, atau pakai --force untuk mengirim segera.");
                return 1;
            }

            sendAt = parsed;
        }

        var target = instansi is not null ? BroadcastTarget.ForAgency(instansi) : notPledged ? BroadcastTarget.NotPledged : BroadcastTarget.All;
        await using var services = CliServices.Build();
        var queue = services.GetRequiredService<BroadcastQueue>();
        if (await queue.CountAsync(AdminRole.Super, target, cancellationToken) == 0)
        {
            await Console.Error.WriteLineAsync(NoRecipients(target));
            return 1;
        }

        var (jobId, recipients) = await queue.QueueAsync(Actor, AdminRole.Super, text, target, sendAt, cancellationToken: cancellationToken);
        // The id stays the first token of the first line: scripts read it.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{jobId}\t{recipients} penerima\t{Wib(sendAt ?? now)}"));
        return 0;
    });

    private static string Wib(DateTimeOffset instant) =>
        IndonesianTimeZone.Wib.ToZone(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " WIB";

    private static string NoRecipients(BroadcastTarget target) => target.Kind switch
    {
        BroadcastTargetKind.Instansi => $"Tidak ada penerima: belum ada pelanggan aktif yang berikrar dari instansi \"{target.Agency}\" (instansi dibaca dari ikrar). Siaran tidak diantrekan.",
        BroadcastTargetKind.NotPledged => "Tidak ada penerima: semua pelanggan aktif sudah berikrar. Siaran tidak diantrekan.",
        _ => "Tidak ada penerima: belum ada pelanggan aktif (yang pernah menulis ke bot dan tidak berhenti berlangganan). Siaran tidak diantrekan.",
    };

    private static Task<int> StatusAsync(long id, CancellationToken cancellationToken) => CliRun.GuardAsync(async () =>
    {
        await using var services = CliServices.Build();
        var store = services.GetRequiredService<IBroadcastStore>();
        var job = await store.FindAsync(id, cancellationToken);
        if (job is null)
        {
            await Console.Error.WriteLineAsync($"Siaran {id} tidak ditemukan.");
            return 1;
        }

        Console.WriteLine(BroadcastTexts.Status(job, await store.CountsAsync(id, cancellationToken)));
        return 0;
    });
}
