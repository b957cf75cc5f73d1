namespace NetralBot.Bot.Conversation;

/// <summary>
/// One step of the turn pipeline, as grammY's <c>(ctx, next)</c> middleware: it may act before the rest of the
/// pipeline, call <c>next</c> to run the rest (or not, to end the turn) and act after it.
/// </summary>
internal interface ITurnStep
{
    /// <summary>Runs this step; <paramref name="next"/> runs the steps registered after it.</summary>
    Task InvokeAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken);
}
