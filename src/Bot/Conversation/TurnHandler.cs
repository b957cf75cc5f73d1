namespace NetralBot.Bot.Conversation;

/// <summary>
/// A step that either answers the turn or passes it on untouched (grammY's <c>bot.command(…)</c>): the common case,
/// so a handler only says whether it handled the turn.
/// </summary>
internal abstract class TurnHandler : ITurnStep
{
    /// <summary>Handles the turn and returns true, or returns false to pass it to the next step.</summary>
    public abstract Task<bool> HandleAsync(TurnContext context, CancellationToken cancellationToken);

    /// <inheritdoc />
    public async Task InvokeAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        if (!await HandleAsync(context, cancellationToken))
        {
            await next();
        }
    }
}
