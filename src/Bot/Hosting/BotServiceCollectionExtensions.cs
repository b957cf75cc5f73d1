using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Admin;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Channels;
using NetralBot.Bot.Channels.Telegram;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Subscribers;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Hosting;

/// <summary>The composition root's building blocks.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>Settings, SQLite stores, knowledge base, conversation engine and pledge dialog.</summary>
    public static IServiceCollection AddNetralBotCore(this IServiceCollection services, BotSettings settings)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddSingleton(settings.Telegram);
        services.AddSingleton(settings.Sqlite);
        services.AddSingleton(settings.Pledge);
        services.AddSingleton(settings.Content);
        services.AddSingleton(settings.Broadcast);
        services.AddSingleton(settings.Admins);

        services.AddSingleton(sp =>
        {
            var database = new SqliteDatabase(sp.GetRequiredService<SqliteOptions>());
            database.Migrate();
            return database;
        });
        services.AddSingleton<IPledgeStore, SqlitePledgeStore>();
        services.AddSingleton<IDialogStateStore, SqliteDialogStateStore>();
        services.AddSingleton<IProcessedUpdateStore, SqliteProcessedUpdateStore>();
        services.AddSingleton<ISubscriberStore, SqliteSubscriberStore>();
        services.AddSingleton<IBroadcastStore, SqliteBroadcastStore>();
        services.AddSingleton<IAuditLog, SqliteAuditLog>();
        services.AddSingleton<BroadcastQueue>();
        services.AddSingleton<ReminderScheduler>();
        services.AddSingleton<ScheduleChatCommand>();
        services.AddSingleton<IPledgeStatisticsStore, SqlitePledgeStatisticsStore>();

        // Loaded on first question, so the bot starts (and pledges work) even while the KB has a problem.
        services.TryAddSingleton(sp => KnowledgeBaseLoader.Load(sp.GetRequiredService<ContentFolder>()));
        services.AddSingleton<Func<IQuestionAnswerer>>(sp => () => sp.GetRequiredService<IQuestionAnswerer>());

        services.AddSingleton<PledgeTextSource>();
        services.AddSingleton<ReceiptCodeGenerator>();
        services.AddSingleton<PledgeDialog>();
        services.AddSingleton<IDialog>(sp => sp.GetRequiredService<PledgeDialog>());
        services.AddSingleton<AdminBroadcastDialog>();
        services.AddSingleton<IDialog>(sp => sp.GetRequiredService<AdminBroadcastDialog>());

        // The pipeline, in order: the first handler that takes the turn ends it.
        services.AddSingleton<ITurnHandler, NonTextHandler>();
        services.AddSingleton<ITurnHandler, PledgeTriggerHandler>();
        services.AddSingleton<ITurnHandler, AdminCommandHandler>(); // passes non-admins on to the unknown-command reply
        services.AddSingleton<ITurnHandler, GeneralCommandHandler>();
        services.AddSingleton<ITurnHandler, DialogContinuationHandler>();
        services.AddSingleton<ITurnHandler, SmallTalkHandler>();
        services.AddSingleton<ITurnHandler, KnowledgeHandler>();
        services.AddSingleton<ConversationEngine>();
        return services;
    }

    /// <summary>The Telegram client, sender, update processor, and the polling service in polling mode.</summary>
    public static IServiceCollection AddTelegramChannel(this IServiceCollection services, BotSettings settings)
    {
        // A plain HttpClient rather than IHttpClientFactory: its logging handlers would write request URLs, which hold the token.
        services.AddSingleton(_ => new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = TimeSpan.FromSeconds(settings.Telegram.PollingTimeoutSeconds + 30),
        });
        services.TryAddSingleton(TelegramRetryOptions.Default);
        services.TryAddSingleton<IRetryDelay, TimeProviderRetryDelay>();
        services.AddSingleton<TelegramApiClient>();
        services.AddSingleton<ChatSerializer>();
        services.AddSingleton<TelegramReplySender>();
        services.AddSingleton<TelegramUpdateProcessor>();
        services.AddHostedService<TelegramStartupService>();
        services.AddHostedService<ProcessedUpdatePruningService>();
        // The sender retries itself so that a 429 pauses all its workers: its client makes one attempt per call.
        services.AddSingleton(sp => new BroadcastSender(
            sp.GetRequiredService<IBroadcastStore>(),
            new TelegramApiClient(
                sp.GetRequiredService<HttpClient>(),
                sp.GetRequiredService<TelegramOptions>(),
                sp.GetRequiredService<TelegramRetryOptions>() with { MaxAttempts = 1 },
                sp.GetRequiredService<IRetryDelay>(),
                sp.GetRequiredService<ILogger<TelegramApiClient>>()),
            sp.GetRequiredService<ISubscriberStore>(),
            sp.GetRequiredService<BroadcastOptions>(),
            sp.GetRequiredService<TelegramRetryOptions>(),
            sp.GetRequiredService<IRetryDelay>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<BroadcastSender>>()));
        services.AddHostedService<BroadcastService>();
        if (settings.Telegram.Mode == TelegramMode.Polling)
        {
            services.AddHostedService<TelegramPollingService>();
        }

        return services;
    }
}
