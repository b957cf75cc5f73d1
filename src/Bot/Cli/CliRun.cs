using NetralBot.Bot.Common;
using NetralBot.Bot.Hosting;
using NetralBot.Bot.Storage;

namespace NetralBot.Bot.Cli;

/// <summary>Runs a verb and turns configuration, content and database start-up errors into stderr lines and exit code 2.</summary>
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
        catch (StorageUnavailableException exception)
        {
            await System.Console.Error.WriteLineAsync(exception.Message);
            return ConfigurationError;
        }
        catch (ContentInvalidException exception)
        {
            foreach (var problem in exception.Problems)
            {
                await System.Console.Error.WriteLineAsync(problem);
            }

            return ConfigurationError;
        }
    }
}
