using System.Diagnostics;

namespace NetralBot.Bot.Tests.Fakes;

/// <summary>Runs the real executable over a <see cref="TestContent"/> folder: exit codes and output are a contract for scripts.</summary>
internal static class CliProcess
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        TestContent content, string stdin, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = content.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NetralBot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Telegram__Token"] = "";
        start.Environment["Content__Path"] = content.ContentPath;
        start.Environment["Storage__Sqlite__Path"] = content.DatabasePath;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
