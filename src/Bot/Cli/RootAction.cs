using NetralBot.Bot.Hosting;

namespace NetralBot.Bot.Cli;

/// <summary>No verb: <c>serve</c> when Telegram or WhatsApp is configured, else the console <c>chat</c>, so a fresh clone just runs.</summary>
internal static class RootAction
{
    public static Task<int> RunAsync(CancellationToken cancellationToken) => CliRun.GuardAsync(() =>
    {
        var settings = BotSettingsReader.Read(BotConfiguration.Build());
        return settings.HasAnyChannel ? ServeCommand.RunAsync(null, cancellationToken) : ChatCommand.RunAsync(cancellationToken);
    });
}
