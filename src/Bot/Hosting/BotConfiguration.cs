using Microsoft.Extensions.Configuration;

namespace NetralBot.Bot.Hosting;

/// <summary>Builds configuration for verbs that do not start a web host (chat, export), from the same sources as <c>serve</c>.</summary>
internal static class BotConfiguration
{
    /// <summary>appsettings.json next to the executable, then environment variables, then <paramref name="overrides"/>.</summary>
    public static IConfiguration Build(IEnumerable<KeyValuePair<string, string?>>? overrides = null) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? [])
            .Build();
}
