namespace NetralBot.Bot.Storage;

/// <summary>Answers, cheaply and truthfully, whether the database takes writes right now (for <c>/healthz</c>).</summary>
internal interface IStorageProbe
{
    /// <summary>Null when writes work; otherwise why not, in one line without secrets.</summary>
    Task<string?> ProblemAsync(CancellationToken cancellationToken = default);
}
