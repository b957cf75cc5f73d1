namespace NetralBot.Bot.Tests.Storage;

/// <summary>Marks a test class that needs the PostgreSQL test server: its <see cref="StoreFactAttribute"/> tests are skipped without one.</summary>
internal interface IRequiresPostgres;
