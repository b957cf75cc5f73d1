using System.CommandLine;
using NetralBot.Bot.Hosting;

namespace NetralBot.Bot.Cli;

/// <summary>The <c>serve</c> verb: Telegram (polling or webhook) and/or the WhatsApp webhook, plus HTTP endpoints.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Alamat HTTP yang didengarkan, mis. http://0.0.0.0:8080" };
        var command = new Command("serve", "Menjalankan bot Telegram (polling atau webhook) dan/atau WhatsApp (webhook) beserta endpoint HTTP.");
        command.Options.Add(urls);
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(urls), cancellationToken));
        return command;
    }

    public static Task<int> RunAsync(string? urls, CancellationToken cancellationToken) => CliRun.GuardAsync(async () =>
    {
        string[] args = urls is null ? [] : ["--urls", urls];
        await using var app = BotWebApplication.Create(args);
        await app.RunAsync(cancellationToken);
        return 0;
    });
}
