using Microsoft.Extensions.Logging;

namespace NetralBot.Bot.Conversation;

/// <summary>Turns in, replies out: loads the user's dialog state, runs the handler pipeline, saves the state.</summary>
public sealed class ConversationEngine(
    IEnumerable<ITurnHandler> handlers,
    IDialogStateStore states,
    TimeProvider time,
    ILogger<ConversationEngine> logger)
{
    private readonly IReadOnlyList<ITurnHandler> _handlers = handlers.ToList();

    /// <summary>Processes one turn. Callers serialize turns of the same user (per-chat order).</summary>
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken cancellationToken = default)
    {
        var state = await states.LoadAsync(turn.Channel, turn.UserId, cancellationToken);
        var context = new TurnContext(turn, state);
        foreach (var handler in _handlers)
        {
            if (await handler.HandleAsync(context, cancellationToken))
            {
                break;
            }
        }

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
}
