namespace NetralBot.Bot.Tests.Storage;

/// <summary>A fact that needs PostgreSQL: skipped, with the reason shown, when <c>NETRALBOT_TEST_POSTGRES</c> is unset, so it never passes silently.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when there is no server.</summary>
    public PostgresFactAttribute()
    {
        if (PostgresTestServer.ConnectionString is null)
        {
            Skip = PostgresTestServer.SkipReason;
        }
    }
}
