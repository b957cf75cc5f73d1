using System.CommandLine;
using System.Text;
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
        var output = new Option<FileInfo?>("--out") { Description = "Berkas tujuan; tanpa opsi ini ke stdout" };
        var export = new Command("export", "Mengekspor semua ikrar (baris pertama: judul kolom).");
        export.Options.Add(format);
        export.Options.Add(output);
        export.SetAction((result, cancellationToken) => ExportAsync(result.GetValue(format)!, result.GetValue(output), cancellationToken));
        var command = new Command("pledges", "Data ikrar netralitas.");
        command.Subcommands.Add(export);
        return command;
    }

    private static Task<int> ExportAsync(string format, FileInfo? output, CancellationToken cancellationToken) => CliRun.GuardAsync(async () =>
    {
        if (!format.Equals("csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new BotConfigurationException($"--format \"{format}\" tidak didukung; gunakan --format csv.");
        }

        var settings = BotSettingsReader.Read(BotConfiguration.Build());
        await using var provider = new ServiceCollection().AddLogging().AddNetralBotCore(settings).BuildServiceProvider();
        var pledges = await provider.GetRequiredService<IPledgeStore>().ListAsync(cancellationToken);
        if (output is null)
        {
            await PledgeCsvWriter.WriteAsync(System.Console.Out, pledges);
        }
        else
        {
            await using var writer = new StreamWriter(output.FullName, false, new UTF8Encoding(false));
            await PledgeCsvWriter.WriteAsync(writer, pledges);
        }

        return 0;
    });
}
