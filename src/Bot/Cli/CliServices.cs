using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Hosting;

namespace NetralBot.Bot.Cli;

/// <summary>The core services over the same configuration and database as <c>serve</c>, for one-shot verbs.</summary>
internal static class CliServices
{
    public static ServiceProvider Build() =>
        new ServiceCollection().AddLogging().AddNetralBotCore(BotSettingsReader.Read(BotConfiguration.Build())).BuildServiceProvider();
}
