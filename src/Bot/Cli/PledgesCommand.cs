using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Common;
using NetralBot.Bot.Hosting;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Cli;

/// <summary>The <c>pledges</c> verb: <c>pledges export --format csv [--out FILE]</c>.</summary>
internal static class PledgesCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "Format ekspor (csv)", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv"); // anything else is a usage error (exit 2) that lists the allowed values
        var output = new Option<string?>("--out") { Description = "Berkas tujuan (dibuat dengan izin 0600); tanpa opsi ini ke stdout" };
        var force = new Option<bool>("--force") { Description = "Timpa berkas --out yang sudah ada" };
        var export = new Command("export", "Mengekspor semua ikrar (baris pertama: judul kolom).");
        export.Options.Add(format);
        export.Options.Add(output);
        export.Options.Add(force);
        export.SetAction((result, cancellationToken) => ExportAsync(result.GetValue(output), result.GetValue(force), cancellationToken));
        var command = new Command("pledges", "Data ikrar netralitas.");
        command.Subcommands.Add(export);
        return command;
    }

    private static Task<int> ExportAsync(string? output, bool force, CancellationToken cancellationToken) => CliRun.GuardAsync(async () =>
    {
        var settings = BotSettingsReader.Read(BotConfiguration.Build());
        await using var provider = new ServiceCollection().AddLogging().AddNetralBotCore(settings).BuildServiceProvider();
        var pledges = await provider.GetRequiredService<IPledgeStore>().ListAsync(cancellationToken);
        try
        {
            if (output is null)
            {
                await PledgeCsvWriter.WriteAsync(System.Console.Out, pledges);
                await System.Console.Out.FlushAsync(cancellationToken);
            }
            else
            {
                await SafeFileWriter.WriteAsync(output, force, writer => PledgeCsvWriter.WriteAsync(writer, pledges), cancellationToken);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // One line, e.g. a missing folder, a directory, a full disk, a name too long for the file system.
            await System.Console.Error.WriteLineAsync("Ekspor gagal: " + exception.Message.ReplaceLineEndings(" "));
            return 1;
        }

        return 0;
    });
}
