namespace NetralBot.Bot.Privacy;

/// <summary>Section <c>Privacy</c>, as far as the user-id hash needs it.</summary>
/// <param name="Key"><c>Privacy:HashKey</c>: the configured key, or null to use the key generated into the database.</param>
internal sealed record UserIdHashOptions(string? Key)
{
    /// <summary>No configured key: the database keeps a generated one.</summary>
    public static readonly UserIdHashOptions Generated = new((string?)null);

    /// <inheritdoc />
    public override string ToString() => Key is null ? "UserIdHashOptions { Key = (generated) }" : "UserIdHashOptions { Key = (set) }"; // never the key
}
