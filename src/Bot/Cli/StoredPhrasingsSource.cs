using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Common;
using NetralBot.Bot.Feedback;
using NetralBot.Bot.Hosting;
using NetralBot.Bot.Storage;

namespace NetralBot.Bot.Cli;

/// <summary>
/// The phrasings admins attached on the dashboard, for <c>ask</c> and <c>kb export</c>: read from the configured
/// database when there is one. A missing SQLite file is not created (the verbs then answer from the file alone), and a
/// database that cannot be read is reported on stderr without stopping the verb: the knowledge-base file still answers.
/// </summary>
internal static class StoredPhrasingsSource
{
    public static IReadOnlyList<StoredPhrasing> Read(TextWriter errors)
    {
        try
        {
            var settings = BotSettingsReader.Read(BotConfiguration.Build());
            if (settings.StorageProvider == StorageProvider.Sqlite && !File.Exists(settings.Sqlite.Path))
            {
                return [];
            }

            using var services = new ServiceCollection().AddLogging().AddNetralBotCore(settings).BuildServiceProvider();
            return services.GetRequiredService<IQuestionTriageStore>().ListPhrasingsAsync().GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is BotConfigurationException or StorageUnavailableException or DbException or IOException or InvalidOperationException)
        {
            errors.WriteLine($"Frasa dari dasbor tidak dibaca (hanya berkas basis pengetahuan yang dipakai): {exception.Message}");
            return [];
        }
    }
}
