using NetralBot.Bot.Storage.Postgres;

namespace NetralBot.Bot.Tests.Storage;

/// <summary>The handles one test opened on its class's PostgreSQL database, disposed with the test (each has its own pool).</summary>
internal sealed class PostgresTestHandles : IAsyncDisposable
{
    private readonly List<PostgresDatabase> _opened = [];

    /// <summary>The handle opened last.</summary>
    public PostgresDatabase Current => _opened[^1];

    /// <summary>Empties the shared tables and <paramref name="moreTables"/>, then opens a new handle.</summary>
    public async Task<PostgresDatabase> OpenEmptiedAsync(PostgresTestDatabase database, params string[] moreTables)
    {
        await database.TruncateAsync(moreTables);
        var opened = database.Open();
        _opened.Add(opened);
        return opened;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var opened in _opened)
        {
            await opened.DisposeAsync();
        }
    }
}
