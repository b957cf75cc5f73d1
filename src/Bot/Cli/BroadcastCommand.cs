using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;

namespace NetralBot.Bot.Cli;

/// <summary>
/// <c>broadcast --text TEXT [--instansi NAME | --not-pledged] [--at TIME]</c> queues a job and prints its id;
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
        var command = new Command("broadcast", "Mengantrekan siaran ke pelanggan; dikirim oleh 'serve' yang berjalan.");
        command.Options.Add(text);
        command.Options.Add(instansi);
        command.Options.Add(notPledged);
        command.Options.Add(at);
        command.SetAction((result, cancellationToken) => QueueAsync(result.GetValue(text), result.GetValue(instansi), result.GetValue(notPledged), result.GetValue(at), cancellationToken));

        var id = new Argument<long>("ID") { Description = "Nomor siaran" };
        var status = new Command("status", "Menampilkan jumlah pending/sent/failed/blocked sebuah siaran.");
        status.Arguments.Add(id);
        status.SetAction((result, cancellationToken) => StatusAsync(result.GetValue(id), cancellationToken));
        command.Subcommands.Add(status);
        return command;
    }

    private static Task<int> QueueAsync(string? text, string? instansi, bool notPledged, string? at, CancellationToken cancellationToken) => CliRun.GuardAsync(async () =>
    {
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

        DateTimeOffset? sendAt = null;
        if (at is not null)
        {
            if (!BroadcastTimeParser.TryParse(at, DateTimeOffset.UtcNow, out var parsed, out var error))
            {
                await Console.Error.WriteLineAsync("--at: " + error);
                return 1;
            }

            sendAt = parsed;
        }

        var target = instansi is not null ? BroadcastTarget.ForAgency(instansi) : notPledged ? BroadcastTarget.NotPledged : BroadcastTarget.All;
        await using var services = CliServices.Build();
        var (jobId, _) = await services.GetRequiredService<BroadcastQueue>().QueueAsync(Actor, AdminRole.Super, text, target, sendAt, cancellationToken: cancellationToken);
        Console.WriteLine(jobId);
        return 0;
    });

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
