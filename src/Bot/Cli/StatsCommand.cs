using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Access;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Cli;

/// <summary><c>stats [--instansi NAME]</c>: pledges per agency and status, and the pledge rate, for <c>Pledge:ElectionId</c>.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var instansi = new Option<string?>("--instansi") { Description = "Hanya instansi ini" };
        var command = new Command("stats", "Statistik ikrar untuk pemilihan saat ini (Pledge:ElectionId).");
        command.Options.Add(instansi);
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(instansi), cancellationToken));
        return command;
    }

    private static Task<int> RunAsync(string? instansi, CancellationToken cancellationToken) => CliRun.GuardAsync(async () =>
    {
        await using var services = CliServices.Build();
        var election = services.GetRequiredService<PledgeOptions>().ElectionId;
        var stats = await services.GetRequiredService<IPledgeStatisticsStore>().GetAsync(election, instansi?.Trim(), cancellationToken);
        await services.GetRequiredService<IAuditLog>().WriteAsync(
            new AuditEntry(BroadcastCommand.Actor, "stats", instansi is null ? "semua" : "instansi:" + instansi.Trim(), stats.Pledges, DateTimeOffset.UtcNow), cancellationToken);
        Console.WriteLine(PledgeStatisticsText.Format(stats));
        return 0;
    });
}
