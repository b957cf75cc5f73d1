namespace NetralBot.Bot.Storage.Postgres;

/// <summary>Settings of the PostgreSQL store (section <c>Storage:Postgres</c>).</summary>
/// <param name="ConnectionString">An Npgsql connection string; it may hold a password, so it is never logged.</param>
internal sealed record PostgresOptions(string ConnectionString)
{
    /// <summary>Hides the connection string (it may hold a password) from logs and exception messages.</summary>
    public override string ToString() => "PostgresOptions { ConnectionString = *** }";
}
