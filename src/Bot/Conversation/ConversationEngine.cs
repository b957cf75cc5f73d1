using Microsoft.Extensions.Logging;

namespace NetralBot.Bot.Conversation;

/// <summary>Turns in, replies out: loads the user's dialog state, runs the step pipeline, saves the state.</summary>
internal sealed class ConversationEngine(
    IEnumerable<ITurnStep> steps,
    IDialogStateStore states,
    TimeProvider time,
    ILogger<ConversationEngine> logger)
{
    private readonly IReadOnlyList<ITurnStep> _steps = steps.ToList();

    /// <summary>Processes one turn. Callers serialize turns of the same user (per-chat order).</summary>
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken cancellationToken = default)
    {
        var state = await states.LoadAsync(turn.Channel, turn.UserId, cancellationToken);
        var context = new TurnContext(turn, state);
        await RunAsync(context, 0, cancellationToken);

        if (context.StateChanged)
        {
            if (context.State is null)
            {
                await states.ClearAsync(turn.Channel, turn.UserId, cancellationToken);
            }
            else
            {
                await states.SaveAsync(turn.Channel, turn.UserId, context.State, time.GetUtcNow(), cancellationToken);
            }
        }

        if (context.Replies.Count == 0)
        {
            logger.LogDebug("Turn on {Channel} produced no reply", turn.Channel);
        }

        return context.Replies;
    }

    // Step i gets the rest of the pipeline as its next; after the last step, next does nothing.
    private Task RunAsync(TurnContext context, int index, CancellationToken cancellationToken) =>
        index < _steps.Count
            ? _steps[index].InvokeAsync(context, () => RunAsync(context, index + 1, cancellationToken), cancellationToken)
            : Task.CompletedTask;
}
