using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NetralBot.Bot.Access;
using NetralBot.Bot.Admin;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Channels;
using NetralBot.Bot.Channels.Telegram;
using NetralBot.Bot.Channels.WhatsApp;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Dashboard;
using NetralBot.Bot.Feedback;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Pledges.Agencies;
using NetralBot.Bot.Privacy;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Postgres;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Subscribers;
using NetralBot.Bot.Topics;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Hosting;

/// <summary>The composition root's building blocks.</summary>
internal static class BotServiceCollectionExtensions
{
    /// <summary>Settings, the stores of the configured provider, knowledge base, conversation engine and pledge dialog.</summary>
    public static IServiceCollection AddNetralBotCore(this IServiceCollection services, BotSettings settings)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddSingleton(settings.Telegram);
        services.AddSingleton(settings.WhatsApp);
        services.AddSingleton(settings.Sqlite);
        services.AddSingleton(settings.Pledge);
        services.AddSingleton(settings.Content);
        services.AddSingleton(settings.Broadcast);
        services.AddSingleton(settings.Admins);
        services.AddSingleton(settings.Privacy);
        services.AddSingleton(settings.Feedback);
        services.AddSingleton(settings.UserIdHash);
        services.AddSingleton(settings.Dashboard);
        services.AddSingleton<SignInLinks>();

        if (settings.StorageProvider == StorageProvider.Postgres)
        {
            AddPostgresStores(services, settings.Postgres ?? throw new InvalidOperationException("PostgreSQL is selected without its settings."));
        }
        else
        {
            AddSqliteStores(services);
        }

        services.AddSingleton<BroadcastQueue>();
        services.AddSingleton<ReminderScheduler>();
        services.AddSingleton<ScheduleChatCommand>();

        // Checked at start (ContentValidator); built on first use, or at start by serve.
        // The file's engine plus the phrasings admins attached on the dashboard (LiveKnowledgeBase swaps in a rebuilt one).
        services.TryAddSingleton(sp => LiveKnowledgeBase.LoadAsync(
            KnowledgeBaseLoader.Load(sp.GetRequiredService<ContentFolder>()), sp.GetRequiredService<IQuestionTriageStore>()).GetAwaiter().GetResult());
        services.TryAddSingleton<IQuestionAnswerer>(sp => sp.GetRequiredService<LiveKnowledgeBase>());
        services.AddSingleton<Func<IQuestionAnswerer>>(sp => () => sp.GetRequiredService<IQuestionAnswerer>());
        services.TryAddSingleton(sp => TopicCatalogLoader.Load(sp.GetRequiredService<ContentFolder>()));
        services.AddSingleton<Func<TopicCatalog>>(sp => () => sp.GetRequiredService<TopicCatalog>());
        services.AddSingleton<DisclaimerMemory>();

        services.AddSingleton<PledgeTextSource>();
        services.AddSingleton<ReceiptCodeGenerator>();
        services.AddSingleton<AgencyListSource>();
        services.AddSingleton<AgencyListApplier>();
        services.AddHostedService(sp => sp.GetRequiredService<AgencyListApplier>());
        services.AddSingleton<PledgeDialog>();
        services.AddSingleton<IDialog>(sp => sp.GetRequiredService<PledgeDialog>());
        services.AddSingleton<INipHash, ConfiguredNipHash>();
        services.AddSingleton<DataErasureDialog>();
        services.AddSingleton<IDialog>(sp => sp.GetRequiredService<DataErasureDialog>());
        services.AddSingleton<PersonalDataRetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<PersonalDataRetentionService>());
        services.AddSingleton<AdminBroadcastDialog>();
        services.AddSingleton<IDialog>(sp => sp.GetRequiredService<AdminBroadcastDialog>());

        // The turn pipeline, in order: each step may act before and after the ones registered after it (ITurnStep);
        // a TurnHandler that answers ends the turn. Cross-cutting steps (rules, logging, rate limits) go first.
        services.AddSingleton<ITurnStep, PrivateChatRule>(); // first: personal data never answered in a group
        services.AddSingleton<ITurnStep, NonTextHandler>();
        services.AddSingleton<ITurnStep, FeedbackButtonHandler>(); // 👍/👎 on an older answer never reaches a running dialog
        services.AddSingleton<ITurnStep, AnswerFeedbackStep>(); // after the knowledge step (also a choice in its dialog): buttons, question log
        services.AddSingleton<ITurnStep, PledgeTriggerHandler>();
        services.AddSingleton<ITurnStep, MyDataHandler>(); // /datasaya
        services.AddSingleton<ITurnStep>(sp => sp.GetRequiredService<DataErasureDialog>()); // /hapusdata
        services.AddSingleton<ITurnStep, BroadcastPreferenceHandler>(); // /berhenti, /mulai: before the unknown-command reply
        services.AddSingleton<ITurnStep, TimeZoneHandler>(); // /zona, likewise
        services.AddSingleton<ITurnStep, AdminCommandHandler>(); // passes non-admins on to the unknown-command reply
        services.AddSingleton<TopicBrowseHandler>(); // /topik, "menu" and topic buttons: before the unknown-command reply
        services.AddSingleton<ITurnStep>(sp => sp.GetRequiredService<TopicBrowseHandler>());
        services.AddSingleton<IDialog>(sp => sp.GetRequiredService<TopicBrowseHandler>()); // a number after a topic menu
        services.AddSingleton<ITurnStep, DashboardCommandHandler>(); // /dasbor, likewise
        services.AddSingleton<ITurnStep, GeneralCommandHandler>();
        services.AddSingleton<ITurnStep, DialogContinuationHandler>();
        services.AddSingleton<ITurnStep, TypedFeedbackHandler>(); // "jawabannya salah", 👍 right after an answer: before small talk
        services.AddSingleton<ITurnStep, SmallTalkHandler>();
        services.AddSingleton<KnowledgeHandler>();
        services.AddSingleton<ITurnStep>(sp => sp.GetRequiredService<KnowledgeHandler>());
        services.AddSingleton<IDialog>(sp => sp.GetRequiredService<KnowledgeHandler>()); // a number after a clarifying question
        services.AddSingleton<ConversationEngine>();
        services.AddSingleton<FeedbackRecorder>();
        services.AddSingleton<QuestionReport>();
        services.AddSingleton<QuestionTriage>();
        services.AddSingleton<IHashedUserData, FeedbackUserData>(); // counted by /datasaya, deleted by /hapusdata
        // Resolved once, when the pipeline is built: the configured key, or the one generated into the database.
        services.AddSingleton(sp => UserIdHashFactory.CreateAsync(
            sp.GetRequiredService<UserIdHashOptions>(), sp.GetRequiredService<IHashKeyStore>(), sp.GetRequiredService<TimeProvider>()).GetAwaiter().GetResult());
        return services;
    }

    /// <summary>Resolves the database of the configured provider, which applies its migrations.</summary>
    public static void MigrateStorage(this IServiceProvider services, BotSettings settings)
    {
        if (settings.StorageProvider == StorageProvider.Postgres)
        {
            services.GetRequiredService<PostgresDatabase>();
        }
        else
        {
            services.GetRequiredService<SqliteDatabase>();
        }
    }

    private static void AddSqliteStores(IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var database = new SqliteDatabase(sp.GetRequiredService<SqliteOptions>());
            database.Migrate();
            return database;
        });
        services.AddSingleton<StoreDatabase>(sp => sp.GetRequiredService<SqliteDatabase>());
        services.AddSingleton<IPledgeStatisticsStore, SqlitePledgeStatisticsStore>();
        services.AddSingleton<IStorageProbe, SqliteStorageProbe>();
        AddStores(services);
        // One serve per SQLite file, so every background worker may run.
        services.AddSingleton<IBackgroundLease, SingleProcessLease>();
    }

    // One implementation per store contract for both databases; StoreDatabase carries what differs.
    private static void AddStores(IServiceCollection services)
    {
        services.AddSingleton<PledgeStore>();
        services.AddSingleton<IPledgeStore>(sp => sp.GetRequiredService<PledgeStore>());
        services.AddSingleton<IPledgeCorrectionStore>(sp => sp.GetRequiredService<PledgeStore>());
        services.AddSingleton<IPersonalDataStore, PersonalDataStore>();
        services.AddSingleton<IDialogStateStore, DialogStateStore>();
        services.AddSingleton<ProcessedIdStore>();
        services.AddSingleton<IProcessedUpdateStore>(sp => sp.GetRequiredService<ProcessedIdStore>());
        services.AddSingleton<IProcessedMessageStore>(sp => sp.GetRequiredService<ProcessedIdStore>());
        services.AddSingleton<ISubscriberStore, SubscriberStore>();
        services.AddSingleton<IBroadcastStore, BroadcastStore>();
        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddSingleton<IWhatsAppInbox, WhatsAppInbox>();
        services.AddSingleton<ITelegramInbox, TelegramInbox>();
        services.AddSingleton<IWhatsAppFailureStore, WhatsAppFailureStore>();
        services.AddSingleton<IFeedbackStore, FeedbackStore>();
        services.AddSingleton<IQuestionTriageStore, QuestionTriageStore>();
        services.AddSingleton<IHashKeyStore, HashKeyStore>();
        services.AddSingleton<ISignInTokenStore, SignInTokenStore>();
        services.AddSingleton<IRosterStore, RosterStore>();
        services.AddSingleton<IDashboardStatisticsStore, DashboardStatisticsStore>();
        services.AddSingleton<IXmlRepository, DataProtectionKeyStore>();
    }

    private static void AddPostgresStores(IServiceCollection services, PostgresOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(_ =>
        {
            var database = new PostgresDatabase(options);
            database.Migrate();
            return database;
        });
        services.AddSingleton<StoreDatabase>(sp => sp.GetRequiredService<PostgresDatabase>());
        services.AddSingleton<IPledgeStatisticsStore, PostgresPledgeStatisticsStore>();
        services.AddSingleton<IStorageProbe, PostgresStorageProbe>();
        AddStores(services);
        // Several serve instances may share the database: the broadcast sender and inbox worker run in one at a time.
        services.AddSingleton<IBackgroundLease, PostgresAdvisoryLease>();
    }

    /// <summary>
    /// The Telegram client, sender, update processor, inbox intake and its background worker, broadcast adapter and admin
    /// notifier, and the polling service in polling mode (the webhook endpoint is mapped by <see cref="BotWebApplication"/>).
    /// </summary>
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
        services.AddSingleton<TelegramReplySender>();
        services.AddSingleton<TelegramUpdateProcessor>();
        services.AddSingleton<TelegramInboxSignal>();
        services.AddSingleton<TelegramInboxIntake>();
        services.AddHostedService<TelegramInboxService>();
        services.AddHostedService<TelegramStartupService>();
        services.AddHostedService<ProcessedIdPruningService>();
        // Delivery for the shared broadcast engine (AddBroadcasting) and the admin's final report.
        services.AddSingleton<IBroadcastChannel, TelegramBroadcastChannel>();
        services.AddSingleton<IAdminNotifier, TelegramAdminNotifier>();
        services.AddSingleton<IPrivateChatLink, TelegramPrivateChatLink>();
        if (settings.Telegram.Mode == TelegramMode.Polling)
        {
            services.AddHostedService<TelegramPollingService>();
        }

        return services;
    }

    /// <summary>
    /// The one broadcast engine shared by every channel: the sender over all registered <see cref="IBroadcastChannel"/>
    /// adapters (added by <c>Add…Channel</c>) and its background service. Call it once, after the channels; with no
    /// channel the service logs that and leaves queued jobs alone.
    /// </summary>
    public static IServiceCollection AddBroadcasting(this IServiceCollection services)
    {
        services.TryAddSingleton(BroadcastRetryOptions.Default);
        services.TryAddSingleton<IBroadcastDelay, TimeProviderBroadcastDelay>();
        services.TryAddSingleton<BroadcastSender>();
        services.AddHostedService<BroadcastService>();
        return services;
    }

    /// <summary>
    /// The WhatsApp Cloud API client, reply sender, webhook inbox and its background worker, the broadcast adapter
    /// (<see cref="IBroadcastChannel"/>) and admin notifier (<see cref="IAdminNotifier"/>). The webhook endpoints are mapped by <see cref="BotWebApplication"/>.
    /// </summary>
    public static IServiceCollection AddWhatsAppChannel(this IServiceCollection services, BotSettings settings)
    {
        // A plain HttpClient of its own, as for Telegram: no factory logging handlers near a request carrying the bearer token.
        const string HttpKey = "whatsapp";
        services.AddKeyedSingleton(HttpKey, (_, _) => new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = TimeSpan.FromSeconds(30),
        });
        services.TryAddSingleton(WhatsAppRetryOptions.Default);
        services.TryAddSingleton<IRetryDelay, TimeProviderRetryDelay>();
        services.TryAddSingleton<PerChatLock>();
        services.AddSingleton(sp => new WhatsAppApiClient(
            sp.GetRequiredKeyedService<HttpClient>(HttpKey),
            settings.WhatsApp,
            sp.GetRequiredService<WhatsAppRetryOptions>(),
            sp.GetRequiredService<IRetryDelay>(),
            sp.GetRequiredService<ILogger<WhatsAppApiClient>>()));
        services.AddSingleton<WhatsAppInboxSignal>();
        services.TryAddSingleton(WhatsAppInboxOptions.Default);
        services.AddSingleton<WhatsAppReplySender>();
        services.AddSingleton<WhatsAppWebhookProcessor>();
        services.AddHostedService<WhatsAppInboxService>();
        services.AddHostedService<ProcessedIdPruningService>();

        // The delivery engine retries itself so that a flood limit pauses all its workers: one attempt per call here.
        services.AddSingleton<IBroadcastChannel>(sp => new WhatsAppBroadcastChannel(
            new WhatsAppApiClient(
                sp.GetRequiredKeyedService<HttpClient>(HttpKey),
                settings.WhatsApp,
                WhatsAppRetryOptions.SingleAttempt,
                sp.GetRequiredService<IRetryDelay>(),
                sp.GetRequiredService<ILogger<WhatsAppApiClient>>()),
            settings.WhatsApp,
            sp.GetRequiredService<ISubscriberStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<WhatsAppBroadcastChannel>>()));
        services.AddSingleton<IAdminNotifier, WhatsAppAdminNotifier>(); // reports to admins who queued from WhatsApp
        return services;
    }
}
