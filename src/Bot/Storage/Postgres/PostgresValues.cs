namespace NetralBot.Bot.Storage.Postgres;

/// <summary>How times are written to TIMESTAMPTZ columns: Npgsql accepts only UTC offsets there.</summary>
internal static class PostgresValues
{
    public static DateTimeOffset Utc(DateTimeOffset value) => value.ToUniversalTime();

    public static object Utc(DateTimeOffset? value) => value is { } at ? at.ToUniversalTime() : DBNull.Value;

    public static object Nullable(string? value) => (object?)value ?? DBNull.Value;
}
