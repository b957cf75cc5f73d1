namespace NetralBot.Bot.Tests.Storage;

/// <summary>The PostgreSQL server the tests may use: the connection string in <c>NETRALBOT_TEST_POSTGRES</c> (.ci/run starts one).</summary>
internal static class PostgresTestServer
{
    /// <summary>The environment variable holding an Npgsql connection string with the right to create databases.</summary>
    public const string Variable = "NETRALBOT_TEST_POSTGRES";

    /// <summary>Why PostgreSQL tests are skipped when the variable is not set.</summary>
    public const string SkipReason = "NETRALBOT_TEST_POSTGRES is not set: PostgreSQL tests run in CI (.ci/run starts a server)";

    /// <summary>The connection string, or null when no server is configured.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}
