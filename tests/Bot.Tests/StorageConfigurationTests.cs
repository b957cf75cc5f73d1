using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Channels;
using NetralBot.Bot.Channels.WhatsApp;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Hosting;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Postgres;
using NetralBot.Bot.Subscribers;
using NetralBot.Bot.Tests.Storage;

namespace NetralBot.Bot.Tests;

/// <summary><c>Storage:Provider</c> and <c>Storage:Postgres:ConnectionString</c>: validation and the stores they select.</summary>
public sealed class StorageConfigurationTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    private static BotSettings Read(params (string Key, string Value)[] values) =>
        BotSettingsReader.Read(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());

    [Fact]
    public void Sqlite_is_the_default_and_postgres_needs_a_readable_connection_string_that_no_message_repeats()
    {
        Assert.Equal(StorageProvider.Sqlite, Read().StorageProvider);
        Assert.Null(Read().Postgres);
        Assert.Equal(StorageProvider.Sqlite, Read(("Storage:Provider", "SQLite")).StorageProvider);

        var unknown = Assert.Throws<BotConfigurationException>(() => Read(("Storage:Provider", "mysql")));
        Assert.Contains("Storage:Provider", unknown.Message);
        var missing = Assert.Throws<BotConfigurationException>(() => Read(("Storage:Provider", "postgres")));
        Assert.Contains("Storage:Postgres:ConnectionString wajib diisi", missing.Message);
        var unreadable = Assert.Throws<BotConfigurationException>(() => Read(("Storage:Provider", "postgres"), ("Storage:Postgres:ConnectionString", "Host=db;Pasword=rahasia-sekali")));
        Assert.DoesNotContain("rahasia", unreadable.Message);

        var settings = Read(("Storage:Provider", "postgres"), ("Storage:Postgres:ConnectionString", "Host=db;Username=nb;Password=rahasia-sekali"));
        Assert.Equal(StorageProvider.Postgres, settings.StorageProvider);
        Assert.Equal("Host=db;Username=nb;Password=rahasia-sekali", settings.Postgres!.ConnectionString);
        Assert.DoesNotContain("rahasia", settings.ToString());
    }

    [PostgresFact]
    public async Task The_postgres_provider_registers_every_store_on_postgres_and_migrates()
    {
        var settings = Read(("Storage:Provider", "postgres"), ("Storage:Postgres:ConnectionString", database.ConnectionString));
        await using var services = new ServiceCollection().AddLogging().AddNetralBotCore(settings).BuildServiceProvider();
        services.MigrateStorage(settings);
        object[] stores =
        [
            services.GetRequiredService<IPledgeStore>(), services.GetRequiredService<IDialogStateStore>(),
            services.GetRequiredService<IProcessedUpdateStore>(), services.GetRequiredService<IProcessedMessageStore>(),
            services.GetRequiredService<ISubscriberStore>(), services.GetRequiredService<IBroadcastStore>(),
            services.GetRequiredService<IAuditLog>(), services.GetRequiredService<IPledgeStatisticsStore>(),
            services.GetRequiredService<IWhatsAppInbox>(), services.GetRequiredService<IWhatsAppFailureStore>(),
            services.GetRequiredService<IBackgroundLease>(),
        ];
        Assert.All(stores, Assert.NotNull);
        // The shared stores run on the PostgreSQL dialect; statistics and leases are PostgreSQL's own.
        Assert.IsType<PostgresDatabase>(services.GetRequiredService<StoreDatabase>());
        Assert.IsType<PostgresPledgeStatisticsStore>(services.GetRequiredService<IPledgeStatisticsStore>());
        Assert.IsType<PostgresAdvisoryLease>(services.GetRequiredService<IBackgroundLease>());
        Assert.Null(await services.GetRequiredService<IPledgeStore>().FindByNipAsync("uji", "1"));
    }
}
