using System.CommandLine;
using NetralBot.Bot.Cli;

// One executable, many verbs. With no verb the bot runs on its embedded defaults.
var root = new RootCommand("NetralBot — asisten netralitas ASN untuk Pemilu dan Pilkada.");
root.Subcommands.Add(AskCommand.Create());
root.Subcommands.Add(KbCommand.Create());
return await root.Parse(args).InvokeAsync();
