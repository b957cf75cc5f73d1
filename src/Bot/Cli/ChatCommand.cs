using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Channels.Console;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Hosting;

namespace NetralBot.Bot.Cli;

/// <summary>The <c>chat</c> verb: a console REPL over the same engine and database.</summary>
internal static class ChatCommand
{
    public static Command Create()
    {
        var command = new Command("chat", "Mencoba bot di konsol (tanpa Telegram).");
        command.SetAction((_, cancellationToken) => RunAsync(cancellationToken));
        return command;
    }

    public static Task<int> RunAsync(CancellationToken cancellationToken) => CliRun.GuardAsync(async () =>
    {
        var settings = BotSettingsReader.Read(BotConfiguration.Build());
        ContentValidator.EnsureValid(settings.Content, ContentParts.KnowledgeBase | ContentParts.PledgeText | ContentParts.CalendarIfPresent | ContentParts.TopicsIfPresent);
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddSimpleConsoleToStderr())
            .AddNetralBotCore(settings);
        await using var provider = services.BuildServiceProvider();
        var chat = new ConsoleChat(provider.GetRequiredService<ConversationEngine>(), provider.GetRequiredService<TimeProvider>());
        await chat.RunAsync(System.Console.In, System.Console.Out, "local-" + Environment.UserName, cancellationToken);
        return 0;
    });

    private static ILoggingBuilder AddSimpleConsoleToStderr(this ILoggingBuilder logging) =>
        logging.SetMinimumLevel(LogLevel.Warning).AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
}
