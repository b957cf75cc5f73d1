using NetralBot.Bot.Common;

namespace NetralBot.Bot.Cli;

/// <summary>Runs a verb and turns configuration errors into one stderr line and exit code 2.</summary>
internal static class CliRun
{
    public const int ConfigurationError = 2;

    public static async Task<int> GuardAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (BotConfigurationException exception)
        {
            await System.Console.Error.WriteLineAsync("Konfigurasi tidak valid: " + exception.Message);
            return ConfigurationError;
        }
    }
}
