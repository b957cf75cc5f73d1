using System.CommandLine;
using NetralBot.Bot.Cli;

// One executable, many verbs. With no verb the bot runs on its embedded defaults.
var root = new RootCommand("NetralBot — asisten netralitas ASN untuk Pemilu dan Pilkada.");
root.Subcommands.Add(AskCommand.Create());
root.Subcommands.Add(KbCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(ChatCommand.Create());
root.Subcommands.Add(PledgesCommand.Create());
root.Subcommands.Add(BroadcastCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
root.Subcommands.Add(ScheduleCommand.Create());
root.Subcommands.Add(QuestionsCommand.Create());
root.SetAction((_, cancellationToken) => RootAction.RunAsync(cancellationToken));
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // Usage errors: Indonesian messages and exit code 2, like every other start-up refusal.
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(ParseErrorTexts.Translate(error.Message));
    }

    Console.Error.WriteLine("Lihat --help untuk cara pakai.");
    return CliRun.ConfigurationError;
}

return await parsed.InvokeAsync();
