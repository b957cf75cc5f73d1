namespace NetralBot.Bot.Conversation;

/// <summary>One stage of the turn pipeline. Stages run in registration order until one handles the turn.</summary>
public interface ITurnHandler
{
    /// <summary>Handles the turn and returns true, or returns false to pass it on.</summary>
    Task<bool> HandleAsync(TurnContext context, CancellationToken cancellationToken);
}
